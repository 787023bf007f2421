import type { MySessionState } from '../../../shared/sessions/session';
import type { PersonRecords } from './mine';
import type { SessionRecord } from './records';

/** One word for where a member stands with a session, as their list shows it. */
export function myState(session: SessionRecord, records: PersonRecords, now: number): MySessionState {
  if (session.status === 'cancelled') return 'cancelled';
  const attendance = records.attendance.get(session.activityId);
  if (attendance) return attendance.sessionId === session._id ? attendance.status : 'other_shift';
  const leave = records.leaves.get(session.activityId);
  if (leave?.status === 'approved') return 'leave_approved';
  const ended = new Date(session.endAt).getTime() <= now;
  if (ended) return 'absent';
  if (leave?.status === 'pending') return 'leave_pending';
  if (leave?.status === 'declined') return 'leave_declined';
  return 'not_yet';
}
