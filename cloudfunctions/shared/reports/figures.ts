/**
 * How one unit's subtree took part in studying one notice, as a report and the digest show it. Computed
 * by the server (`src/platform/participation.ts`, through the reports function's `reportFigures`) from
 * counters and grouped counts; never typed in by a person, and frozen on a report when it is submitted.
 */
export interface ParticipationFigures {
  /** Active members of the subtree. */
  members: number;
  /** Members of the subtree the notice is addressed to (all of them for a unit inside a target). */
  expected: number;
  /** Members of the subtree who opened / read to the end / confirmed 已学习 the notice. */
  opened: number;
  finished: number;
  confirmed: number;
  /** Whole percentages of `expected`. */
  readRate: number;
  confirmedRate: number;
  /** Study activities on the notice held in the subtree (started, not cancelled; shifts count once). */
  sessionsHeld: number;
  /** People who came to those activities (人次). */
  attendance: number;
  /** Whole percentage of the people expected at those activities; null when none was held. */
  attendanceRate: number | null;
  /** Reflections on the notice handed in from the subtree. */
  reflections: number;
  /** Of those, the ones the federation featured. */
  featuredReflections: number;
  /** When the figures were computed (ISO). */
  computedAt: string;
}

type Shown = Exclude<keyof ParticipationFigures, 'computedAt'>;

export const PARTICIPATION_LABELS: { key: Shown; label: string; unit: string }[] = [
  { key: 'members', label: '职工人数', unit: '人' },
  { key: 'readRate', label: '阅读率', unit: '%' },
  { key: 'confirmedRate', label: '学习确认率', unit: '%' },
  { key: 'sessionsHeld', label: '组织学习活动', unit: '场' },
  { key: 'attendance', label: '参加学习', unit: '人次' },
  { key: 'attendanceRate', label: '到会率', unit: '%' },
  { key: 'reflections', label: '提交心得', unit: '篇' },
  { key: 'featuredReflections', label: '全市精选心得', unit: '篇' },
];

/** A figure as shown: a percentage with its sign, “—” when there is nothing to measure. */
export function figureText(figures: ParticipationFigures, key: Shown, unit: string): string {
  const value = figures[key];
  if (value === null) return '—';
  return unit === '%' ? `${value}%` : String(value);
}

/** Share of `part` in `whole` as a whole percentage; 0 when nobody is expected. */
export const ratePercent = (part: number, whole: number) =>
  whole > 0 ? Math.min(100, Math.round((part / whole) * 100)) : 0;
