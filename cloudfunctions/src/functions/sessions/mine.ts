import type { MyAttendance } from '../../../shared/sessions/session';
import { db } from '../../platform/cloud';
import { rows } from '../../platform/query';
import {
  SESSION_COLLECTIONS,
  personKey,
  reminderKey,
  type AttendanceRecord,
  type LeaveRecord,
  type ReminderRecord,
  type SessionRecord,
} from './records';
import { attendanceView, leaveView } from './views';

const byId = <T>(collection: string, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as T[])
    : rows<T>(
        db
          .collection(collection)
          .where({ _id: db.command.in(ids) })
          .limit(100),
      );

export interface PersonRecords {
  attendance: Map<string, AttendanceRecord>;
  leaves: Map<string, LeaveRecord>;
  reminders: Set<string>;
}

/** A member's records of some sessions (a page of them), each looked up by its key: three requests. */
export async function personRecords(sessions: SessionRecord[], memberId: string): Promise<PersonRecords> {
  const activityKeys = [...new Set(sessions.map((session) => personKey(session.activityId, memberId)))];
  const [attendance, leaves, reminders] = await Promise.all([
    byId<AttendanceRecord>(SESSION_COLLECTIONS.attendance, activityKeys),
    byId<LeaveRecord>(SESSION_COLLECTIONS.leaves, activityKeys),
    byId<ReminderRecord>(
      SESSION_COLLECTIONS.reminders,
      sessions.map((session) => reminderKey(session._id, memberId)),
    ),
  ]);
  return {
    attendance: new Map(attendance.map((record) => [record.activityId, record])),
    leaves: new Map(leaves.map((record) => [record.activityId, record])),
    reminders: new Set(
      reminders.filter((record) => record.status !== 'skipped').map((record) => record.sessionId),
    ),
  };
}

export function myAttendance(session: SessionRecord, records: PersonRecords): MyAttendance {
  const attendance = records.attendance.get(session.activityId) ?? null;
  const leave = records.leaves.get(session.activityId) ?? null;
  return {
    attendance: attendance ? attendanceView(attendance) : null,
    atOtherShift: attendance !== null && attendance.sessionId !== session._id,
    leave: leave ? leaveView(leave) : null,
    reminderSet: records.reminders.has(session._id),
  };
}
