/** Why a statistics request was refused. */
export const STATS_ERRORS = {
  SHEET_TOO_LARGE: '应到人数过多，无法一次导出签到台账',
} as const;
