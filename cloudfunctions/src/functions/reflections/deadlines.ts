import { chinaDayStart } from '../../../shared/platform/china-time';
import { db } from '../../platform/cloud';
import { rows } from '../../platform/query';
import { COLLECTIONS, type DeadlineRecord } from './records';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function deadlineOf(noticeId: string): Promise<string | null> {
  const [record] = await rows<DeadlineRecord>(
    db.collection(COLLECTIONS.deadlines).where({ _id: noticeId }).limit(1),
  );
  return record?.deadline ?? null;
}

/** A reflection handed in at or after this instant is late: the deadline is the last whole China day. */
export const lateFrom = (deadline: string) => new Date(chinaDayStart(deadline).getTime() + DAY_MS);
