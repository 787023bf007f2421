import type { ManagedNotice, NoticeSummary, ReadingState } from '../../../shared/notices/notice';
import type { UnitRecord } from '../../platform/directory';
import { unitName } from '../../platform/directory-lookup';
import { iso } from '../../platform/directory-views';
import type { ListedNotice, ReceiptRecord } from './records';

export function readingState(receipt: ReceiptRecord | null | undefined): ReadingState | null {
  if (!receipt) return null;
  return {
    progress: receipt.progress,
    activeSeconds: receipt.activeSeconds,
    finished: receipt.finished,
    confirmed: receipt.confirmed,
    confirmedAt: receipt.confirmedAt ? iso(receipt.confirmedAt) : null,
  };
}

export function noticeSummary(
  notice: ListedNotice,
  receipt: ReceiptRecord | null | undefined,
): NoticeSummary {
  return {
    _id: notice._id,
    title: notice.title,
    issuer: notice.issuer,
    publishedAt: iso(notice.publishedAt),
    reportDeadline: notice.reportDeadline,
    reading: readingState(receipt),
  };
}

export function managedNotice(notice: ListedNotice, units: Map<string, UnitRecord>): ManagedNotice {
  return {
    _id: notice._id,
    title: notice.title,
    issuer: notice.issuer,
    publishedAt: iso(notice.publishedAt),
    reportDeadline: notice.reportDeadline,
    archived: notice.status === 'archived',
    targetNames: notice.targetUnitIds.map((id) => unitName(units, id)),
  };
}
