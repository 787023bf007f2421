import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { rows } from '../../platform/query';
import { sessionById } from './lookup';
import { perInput } from './per-input';
import { SESSION_COLLECTIONS, type SessionRecord } from './records';

/** The session an action names, read once for its access rule and its work. */
export const sessionOfInput = perInput(({ sessionId }: { sessionId: string }) => sessionById(sessionId));

/** Every 班次 of an activity (a handful), by start time. */
export async function shiftsOf(activityId: string): Promise<SessionRecord[]> {
  return rows<SessionRecord>(
    db.collection(SESSION_COLLECTIONS.sessions).where({ activityId }).orderBy('startAt', 'asc').limit(100),
  );
}

export function requireFound<T>(value: T | null | undefined, what = '学习活动'): T {
  if (value === null || value === undefined) throw new AppError('NOT_FOUND', `${what}不存在或已被删除`);
  return value;
}
