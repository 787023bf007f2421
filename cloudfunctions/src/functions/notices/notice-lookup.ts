import { AppError } from '../../../shared/errors';
import { recordById } from '../../platform/directory-lookup';
import type { UnitRecord } from '../../platform/directory';
import { NOTICE_COLLECTIONS, type NoticeRecord } from './records';

/**
 * A published notice's text and audience never change, so a warm function instance keeps what it read:
 * opening a notice again costs no read of it. Only its status (archived) may change; nothing that reads
 * from here decides by it.
 */
const published = new Map<string, NoticeRecord>();
const MAX_CACHED = 200;

export async function noticeById(noticeId: string): Promise<NoticeRecord> {
  const cached = published.get(noticeId);
  if (cached) return cached;
  const notice = await recordById<NoticeRecord>(NOTICE_COLLECTIONS.notices, noticeId, '通知');
  if (published.size >= MAX_CACHED) published.delete(published.keys().next().value as string);
  published.set(noticeId, notice);
  return notice;
}

/** Sent to the person's unit or to a unit above it. */
export const addressedTo = (notice: Pick<NoticeRecord, 'targetUnitIds'>, unitPath: readonly string[]) =>
  notice.targetUnitIds.some((target) => unitPath.includes(target));

/** Sent to some unit of the subtree, or to a unit the subtree lies in. */
export const reachesSubtree = (
  notice: Pick<NoticeRecord, 'targetUnitIds' | 'audienceUnitIds'>,
  unit: Pick<UnitRecord, '_id' | 'path'>,
) => notice.audienceUnitIds.includes(unit._id) || addressedTo(notice, unit.path);

export function notAddressed(): AppError {
  return new AppError('NOT_FOUND', '通知不存在，或不是发给您所在单位的');
}
