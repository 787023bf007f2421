/**
 * How one unit's subtree took part in studying one notice, as reports and digests show it. Computed by the
 * server from counters and indexed counts (`src/platform/participation.ts`); never typed in by a person.
 */
export interface ParticipationFigures {
  /** Active members of the subtree now. */
  members: number;
  /** Members of the subtree who opened / read to the end / confirmed 已学习 the notice. */
  opened: number;
  finished: number;
  confirmed: number;
  /** Whole percentages of `members`. */
  readRate: number;
  confirmedRate: number;
  /** Study sessions on the notice held in the subtree (started, not cancelled). */
  sessionsHeld: number;
  /** Check-ins at those sessions (人次). */
  attendance: number;
  /** Members of the subtree who handed in a reflection on the notice. */
  reflections: number;
  /** Of those reflections, the ones the federation featured. */
  featuredReflections: number;
  /** When the figures were computed (ISO). */
  computedAt: string;
}

export const PARTICIPATION_LABELS: { key: keyof ParticipationFigures; label: string; unit: string }[] = [
  { key: 'members', label: '职工人数', unit: '人' },
  { key: 'readRate', label: '阅读率', unit: '%' },
  { key: 'confirmedRate', label: '学习确认率', unit: '%' },
  { key: 'sessionsHeld', label: '组织学习活动', unit: '场' },
  { key: 'attendance', label: '参加学习', unit: '人次' },
  { key: 'reflections', label: '提交心得', unit: '人' },
  { key: 'featuredReflections', label: '全市精选心得', unit: '篇' },
];

/** Share of `part` in `whole` as a whole percentage; 0 when there is nobody. */
export const ratePercent = (part: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
