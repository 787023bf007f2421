import type { ParticipationFigures } from '../../../shared/reports/figures';
import type { UnreachableReason } from '../../../shared/platform/notifications';
import type { ReportStatus } from '../../../shared/reports/status';

export const REPORT_COLLECTIONS = {
  reports: 'reports',
  reminders: 'report_reminders',
} as const;

/** At most this many submissions and returns are kept on a report for its history. */
export const HISTORY_KEPT = 20;

/** One unit's report on one notice; its id is the pair, so saving twice never makes two. */
export interface ReportRecord {
  _id: string;
  noticeId: string;
  unitId: string;
  unitPath: string[];
  status: ReportStatus;
  measures: string;
  highlights: string;
  problems: string;
  /** Computed by the server at submission; null before the first. */
  figures: ParticipationFigures | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
  late: boolean;
  returnedAt: Date | null;
  returnComment: string | null;
  /** Who acted by membership id only (names live on member records, erased with the account). */
  history: { at: Date; what: 'submit' | 'return'; byMemberId: string | null; comment: string | null }[];
}

/** The reminder of one notice's missing reports on one China calendar day: its id is the limit. */
export interface ReportReminderRecord {
  _id: string;
  noticeId: string;
  day: string;
  at: Date;
  byOpenid: string;
  outcome: {
    units: number;
    sent: number;
    unreachable: { memberId: string; reason: UnreachableReason; unitId: string }[];
  } | null;
}

export const reportId = (noticeId: string, unitId: string) => `${noticeId}:${unitId}`;
export const reportReminderId = (noticeId: string, day: string) => `${noticeId}:${day}`;
