import type { SessionKind } from '../sessions/kinds';
import type { ReadingFigures, ReflectionFigures, SessionFigures } from './figures';

/** Attendance marks printed on the 签到台账 (no signature column: the check-in is the record). */
export const SHEET_STATUSES = [
  'present',
  'late',
  'manual',
  'other_shift',
  'leave',
  'absent',
  'not_yet',
] as const;
export type SheetStatus = (typeof SHEET_STATUSES)[number];

export const SHEET_STATUS_LABELS: Record<SheetStatus, string> = {
  present: '按时签到',
  late: '迟到',
  manual: '补签',
  other_shift: '其他班次',
  leave: '请假',
  absent: '缺席',
  not_yet: '未签到',
};

/** The mark in the printed sheet's 到会 column. */
export const SHEET_STATUS_MARKS: Record<SheetStatus, string> = {
  present: '✓',
  late: '✓（迟到）',
  manual: '✓（补签）',
  other_shift: '✓（其他班次）',
  leave: '假',
  absent: '✗',
  not_yet: '—',
};

export interface SheetTotals {
  expected: number;
  present: number;
  late: number;
  manual: number;
  otherShift: number;
  leave: number;
  /** Absent once the session ended; not yet checked in before. */
  absent: number;
  /** (present + late + manual + other shift) ÷ expected; null when nobody is expected. */
  rate: number | null;
}

export interface SheetRow {
  memberId: string;
  name: string;
  unitName: string;
  status: SheetStatus;
  checkedInAt: string | null;
  checkedOutAt: string | null;
}

export interface SessionSheet {
  session: {
    _id: string;
    title: string;
    kind: SessionKind;
    unitId: string;
    unitName: string;
    place: string;
    startAt: string;
    endAt: string;
    ended: boolean;
  };
  totals: SheetTotals;
  items: SheetRow[];
  nextCursor: string | null;
}

export interface NoticeReadingRow extends ReadingFigures {
  noticeId: string;
  title: string;
  publishedAt: string;
  openedRate: number | null;
  finishedRate: number | null;
  confirmedRate: number | null;
}

export interface TrendWeek {
  /** Monday of the China week, YYYY-MM-DD. */
  week: string;
  sessionsHeld: number;
  attendanceRate: number | null;
  confirmed: number;
  reflections: number;
}

export interface ChildRates {
  unitId: string;
  unitName: string;
  members: number;
  confirmedRate: number | null;
  attendanceRate: number | null;
}

/** A unit's upward report on the newest notice, as the reports domain keeps it (see stats/report-status.ts). */
export interface ReportStatus {
  status: string;
  label: string;
}

export interface UnitSummary {
  unit: { _id: string; name: string };
  members: number;
  notices: NoticeReadingRow[];
  sessions: SessionFigures & { rate: number | null };
  reflections: ReflectionFigures;
  report: ReportStatus | null;
  trend: TrendWeek[];
  /** Direct sub-units with their rates, for the bar chart (rates of units, never of people). */
  children: ChildRates[];
}

export interface Thresholds {
  /** Each a percentage; a unit below any of them is highlighted as lagging (督查落实). */
  confirmedRate: number;
  attendanceRate: number;
  reflectionRate: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { confirmedRate: 60, attendanceRate: 60, reflectionRate: 30 };

export const THRESHOLD_LABELS: Record<keyof Thresholds, string> = {
  confirmedRate: '已学习率',
  attendanceRate: '到会率',
  reflectionRate: '心得提交率',
};

export interface FederationRow {
  unitId: string;
  unitName: string;
  parentId: string | null;
  depth: number;
  members: number;
  reading: ReadingFigures;
  confirmedRate: number | null;
  sessionsHeld: number;
  attendanceRate: number | null;
  reflections: ReflectionFigures;
  /** Reflections submitted ÷ members. */
  reflectionRate: number | null;
  /** The thresholds this unit falls below. */
  lagging: (keyof Thresholds)[];
}

export interface FederationTable {
  notice: { _id: string; title: string } | null;
  thresholds: Thresholds;
  rows: FederationRow[];
}

export interface ExportedFile {
  url: string;
  fileName: string;
  expiresAt: string;
  rows: number;
}

/** Thresholds a unit's rates fall below; a rate with nothing expected (null) never lags. */
export function laggingOf(
  rates: Record<keyof Thresholds, number | null>,
  thresholds: Thresholds,
): (keyof Thresholds)[] {
  return (Object.keys(THRESHOLD_LABELS) as (keyof Thresholds)[]).filter((key) => {
    const value = rates[key];
    return value !== null && value * 100 < thresholds[key];
  });
}

/** "83.3%", or "—" when there is nothing to divide by. */
export const percent = (value: number | null): string =>
  value === null ? '—' : `${Math.round(value * 1000) / 10}%`;
