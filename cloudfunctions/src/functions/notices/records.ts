import type { NoticeDocument } from '../../../shared/notices/document';
import type { UnreachableReason } from '../../../shared/platform/notifications';

export const NOTICE_COLLECTIONS = {
  notices: 'notices',
  receipts: 'notice_receipts',
  reminders: 'notice_reminders',
} as const;

export interface NoticeRecord {
  _id: string;
  title: string;
  issuer: string;
  document: NoticeDocument;
  /** The whole text as published (title and addressees included), kept beside its structure; other
   * domains compare people's writing against it. */
  body: string;
  /** The units it is sent to, each with its whole subtree; none lies inside another. */
  targetUnitIds: string[];
  /** Every target and every unit above one: one equality finds the notices sent into a subtree. */
  audienceUnitIds: string[];
  /** China calendar date, YYYY-MM-DD. */
  reportDeadline: string | null;
  publishedAt: Date;
  publishedByMemberId: string | null;
  status: 'published' | 'archived';
  archivedAt?: Date;
}

/** What lists read of a notice: everything but its text. */
export const NOTICE_LIST_FIELDS = {
  title: true,
  issuer: true,
  targetUnitIds: true,
  reportDeadline: true,
  publishedAt: true,
  status: true,
} as const;

export type ListedNotice = Pick<
  NoticeRecord,
  '_id' | 'title' | 'issuer' | 'targetUnitIds' | 'reportDeadline' | 'publishedAt' | 'status'
>;

/**
 * One person's reading of one notice; its id is the notice and the membership, so "already opened?" is
 * never a read-then-insert. The reader's openid lets a progress record find it without reading the
 * membership first; account deletion removes it.
 */
export interface ReceiptRecord {
  _id: string;
  noticeId: string;
  memberId: string;
  readerOpenid?: string;
  /** Where the person was when they opened it: the unit whose figures count them. */
  unitId: string;
  unitPath: string[];
  progress: number;
  activeSeconds: number;
  finished: boolean;
  confirmed: boolean;
  openedAt: Date;
  finishedAt: Date | null;
  confirmedAt: Date | null;
  lastRecordedAt: Date;
  lastRecordId: string;
}

export const receiptId = (noticeId: string, memberId: string) => `${noticeId}:${memberId}`;

/** One reminder of one notice to one unit's subtree on one China calendar day: its id is the limit. */
export interface ReminderRecord {
  _id: string;
  noticeId: string;
  unitId: string;
  day: string;
  at: Date;
  byMemberId: string | null;
  /** Filled in once the messages went out. */
  outcome: { sent: number; unreachable: { memberId: string; reason: UnreachableReason }[] } | null;
}

export const reminderId = (noticeId: string, unitId: string, day: string) => `${noticeId}:${unitId}:${day}`;
