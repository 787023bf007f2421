import type { UnreachablePerson } from '../platform/notifications';
import type { ParticipationFigures } from './figures';
import type { ReportStanding, ReportStatus } from './status';

export const MEASURES_MAX = 2_000;
export const HIGHLIGHTS_MAX = 2_000;
export const PROBLEMS_MAX = 1_000;
export const RETURN_COMMENT_MAX = 300;
/** The most featured reflections one digest carries (the newest first); the document says when it cut. */
export const DIGEST_MAX_REFLECTIONS = 200;

/** The admin page of a unit's report; reminders open it with `?noticeId=&unitId=`. */
export const REPORT_PAGE = 'packages/admin/pages/report/index';

export interface ReportHistoryEntry {
  at: string;
  what: 'submit' | 'return';
  byName: string;
  comment: string | null;
}

/** One unit's report on one notice, as its admins and the federation see it. */
export interface ReportView {
  /** `<noticeId>:<unitId>`. */
  _id: string;
  noticeId: string;
  noticeTitle: string;
  unitId: string;
  unitName: string;
  /** China calendar date (YYYY-MM-DD); the whole day counts. */
  deadline: string;
  /** The instant reports become late: 24:00 China time on the deadline day. */
  lateFrom: string;
  /** Not submitted and the deadline has passed. */
  overdue: boolean;
  /** null until someone saves it. */
  status: ReportStatus | null;
  measures: string;
  highlights: string;
  problems: string;
  /** Recomputed by the server each time it is opened until submitted; frozen at submission. */
  figures: ParticipationFigures;
  figuresLive: boolean;
  submittedAt: string | null;
  firstSubmittedAt: string | null;
  /** First submitted after the deadline. */
  late: boolean;
  returnComment: string | null;
  returnedAt: string | null;
  updatedAt: string | null;
  history: ReportHistoryEntry[];
  /** The caller administers this very unit and the report is not waiting with the federation. */
  canEdit: boolean;
  /** The caller is a federation admin and the report is submitted. */
  canReturn: boolean;
}

/** One unit the notice asks a report of, on the federation's board. */
export interface ReportStatusRow {
  unitId: string;
  unitName: string;
  /** Names from the addressee group down to the unit's parent, for telling same-named units apart. */
  parentName: string;
  standing: ReportStanding;
  status: ReportStatus | null;
  submittedAt: string | null;
  late: boolean;
}

export interface ReportReminderState {
  allowed: boolean;
  nextAllowedAt: string | null;
  today: { at: string; sent: number; unreachable: UnreachablePerson[]; unreachableCount: number } | null;
}

export interface ReportStatusBoard {
  notice: { _id: string; title: string; deadline: string };
  lateFrom: string;
  totals: { units: number; submitted: number; missing: number; overdue: number; returned: number };
  units: ReportStatusRow[];
  reminder: ReportReminderState;
}

export interface ReportReminderOutcome {
  /** Units whose admins were messaged (at least one admin of each). */
  units: number;
  sent: number;
  unreachable: UnreachablePerson[];
  nextAllowedAt: string;
}

export interface DigestResult {
  url: string;
  fileName: string;
  expiresAt: string;
  /** Units in the digest, and how many of them had a submitted report. */
  units: number;
  reports: number;
  reflections: number;
  /** More featured reflections existed than the digest carries. */
  reflectionsCapped: boolean;
}
