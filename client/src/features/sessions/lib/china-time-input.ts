/** Date and time pickers speak China time ("2026-11-26", "14:30"); sessions travel as ISO instants. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const QUARTER_MS = 15 * 60 * 1000;

export interface ChinaParts {
  date: string;
  time: string;
}

export function chinaParts(ms: number): ChinaParts {
  const iso = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export const isoFromChina = ({ date, time }: ChinaParts) => `${date}T${time}:00+08:00`;

/** A start a leader would pick: the next quarter hour, so check-in (30 minutes before) is already open. */
export function defaultTimes(now = Date.now()): { start: ChinaParts; end: ChinaParts } {
  const start = Math.ceil(now / QUARTER_MS) * QUARTER_MS;
  return { start: chinaParts(start), end: chinaParts(start + 90 * 60 * 1000) };
}
