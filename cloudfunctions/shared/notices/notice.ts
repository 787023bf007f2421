import type { UnreachablePerson } from '../platform/notifications';
import type { CursorPage } from '../platform/schema';
import type { NoticeDocument } from './document';

/** Progress at or beyond this counts as read to the end (a phone's last scroll rarely lands on 1 exactly). */
export const READ_TO_END = 0.99;
/** The reader sends its progress at most this often, and once more on leaving the page. */
export const RECORD_INTERVAL_SECONDS = 15;
/** The most active seconds one record may claim; the server also caps it by the time since the last one. */
export const MAX_RECORD_SECONDS = 3_600;

/** What the person has done with one notice, as their receipt says. */
export interface ReadingState {
  /** 0–1: the furthest part of the document they have seen. */
  progress: number;
  activeSeconds: number;
  /** Read to the end at least once. */
  finished: boolean;
  confirmed: boolean;
  confirmedAt: string | null;
}

export type ReadingStage = 'unread' | 'reading' | 'confirmed';

export function readingStage(state: ReadingState | null): ReadingStage {
  if (!state || state.progress <= 0) return 'unread';
  return state.confirmed ? 'confirmed' : 'reading';
}

/** 未读 / 已读 x% / 已学习, as the home page shows each notice. */
export function readingLabel(state: ReadingState | null): string {
  const stage = readingStage(state);
  if (stage === 'unread') return '未读';
  if (stage === 'confirmed') return '已学习';
  return `已读 ${Math.max(1, Math.floor((state?.progress ?? 0) * 100))}%`;
}

export interface NoticeSummary {
  _id: string;
  title: string;
  issuer: string;
  publishedAt: string;
  /** China calendar date (YYYY-MM-DD) by which units report their progress. */
  reportDeadline: string | null;
  /** The caller's own receipt; null before they first open it (and for admins who are not members). */
  reading: ReadingState | null;
}

export interface NoticeView extends NoticeSummary {
  document: NoticeDocument;
  /** Sent to the caller's unit: they read it for the record. Otherwise an admin looks at it. */
  addressed: boolean;
}

/** A notice as the people who manage it see it in a list. */
export interface ManagedNotice {
  _id: string;
  title: string;
  issuer: string;
  publishedAt: string;
  reportDeadline: string | null;
  archived: boolean;
  targetNames: string[];
}

export interface ReadingFigures {
  /** Members of the unit the notice is addressed to. */
  expected: number;
  opened: number;
  finished: number;
  confirmed: number;
}

/** One direct child unit of the viewed unit (or the viewed unit's own members, `own`). */
export interface UnitReading extends ReadingFigures {
  unitId: string;
  unitName: string;
  own: boolean;
}

export interface UnconfirmedReader {
  memberId: string;
  name: string;
  unitName: string;
  /** 0 when they never opened it. */
  progress: number;
}

export interface ReminderState {
  /** Whether a reminder for this notice and unit may be sent now (once per China calendar day). */
  allowed: boolean;
  /** When the next reminder is allowed, if not now. */
  nextAllowedAt: string | null;
  /** Today's reminder, if one was sent: how many got it and who could not be reached. */
  today: { at: string; sent: number; unreachable: UnreachablePerson[]; unreachableCount: number } | null;
}

export interface ReadingStatus {
  notice: { _id: string; title: string; publishedAt: string; reportDeadline: string | null };
  unit: { unitId: string; unitName: string };
  totals: ReadingFigures;
  units: UnitReading[];
  notYet: CursorPage<UnconfirmedReader>;
  reminder: ReminderState;
}

export interface ReminderOutcome {
  sent: number;
  unreachable: UnreachablePerson[];
  nextAllowedAt: string;
}

/** Share of `part` in `whole` as a whole percentage; 0 when nobody is expected. */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The reader page; shares and reminders open it with `?id=<noticeId>`. */
export const NOTICE_PAGE = 'pages/notice/index';

/** "12月10日" of a report deadline (a China calendar date, YYYY-MM-DD). */
export function deadlineLabel(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `${month}月${date}日`;
}
