import { AppError } from '../../../shared/errors';
import { recordById } from '../../platform/directory-lookup';
import type { MemberRecord } from '../../platform/directory';
import { SESSION_COLLECTIONS, type LeaveRecord, type SessionRecord } from './records';

export const sessionById = (id: string) =>
  recordById<SessionRecord>(SESSION_COLLECTIONS.sessions, id, '学习活动');

export const leaveById = (id: string) => recordById<LeaveRecord>(SESSION_COLLECTIONS.leaves, id, '请假申请');

/** Expected attendees are the active members of the session's unit and every unit below it. */
export const expects = (session: Pick<SessionRecord, 'unitId'>, member: Pick<MemberRecord, 'unitPath'>) =>
  member.unitPath.includes(session.unitId);

export function assertNotCancelled(session: SessionRecord): void {
  if (session.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
}

/** Schedules, places and shifts can change until the session is over; after that it is a record. */
export function assertChangeable(session: SessionRecord, now: number): void {
  assertNotCancelled(session);
  if (new Date(session.endAt).getTime() <= now) throw new AppError('SESSION_ENDED');
}
