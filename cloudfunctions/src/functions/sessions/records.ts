import type { Geofence } from '../../../shared/sessions/geo';
import type { SessionKind } from '../../../shared/sessions/kinds';
import type { AttendanceStatus, LeaveStatus, SessionStatus } from '../../../shared/sessions/session';

export { SESSION_COLLECTIONS } from '../../../shared/sessions/storage';

export interface SessionRecord {
  _id: string;
  activityId: string;
  multiShift: boolean;
  unitId: string;
  unitPath: string[];
  title: string;
  kind: SessionKind;
  startAt: Date;
  endAt: Date;
  place: string;
  /** GCJ-02. */
  geofence: Geofence | null;
  noticeId: string | null;
  requireCheckOut: boolean;
  openBeforeMinutes: number;
  status: SessionStatus;
  closedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  /** The rotating code's secret (hex). Read only by the code functions; no view ever copies it. */
  secret: string;
  /** The permanent mini-program code, made once. */
  entryCodeFileId: string | null;
  createdByMemberId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * One person's attendance of one activity: the `_id` is `<activityId>:<memberId>`, also a unique index, so a
 * retry, a double tap or a second 班次 can never make a second record.
 */
export interface AttendanceRecord {
  _id: string;
  activityId: string;
  /** The 班次 attended. */
  sessionId: string;
  memberId: string;
  /** The member's unit when they came, for the sheet. */
  unitId: string;
  status: AttendanceStatus;
  checkedInAt: Date;
  checkedOutAt: Date | null;
  /** How far from the fence's centre the check-in was; the position itself is not kept. */
  distanceMeters: number | null;
  manualReason: string | null;
  /** The admin who marked a manual attendance (null for a person's own check-in, or an admin by configuration). */
  markedByMemberId: string | null;
}

/** A leave request for an activity, keyed like attendance: `<activityId>:<memberId>`. */
export interface LeaveRecord {
  _id: string;
  activityId: string;
  sessionId: string;
  memberId: string;
  unitId: string;
  /** The session's unit path: whose admins decide. */
  unitPath: string[];
  reason: string;
  status: LeaveStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  decidedByMemberId: string | null;
  comment: string | null;
}

/** A member's wish to be reminded of a session; `<sessionId>:<memberId>`. */
export interface ReminderRecord {
  _id: string;
  sessionId: string;
  memberId: string;
  remindAt: Date;
  status: 'pending' | 'claimed' | 'sent' | 'skipped';
  /** The timer run that took it, so two overlapping runs never send it twice. */
  claim: string | null;
}

export const personKey = (activityId: string, memberId: string) => `${activityId}:${memberId}`;
export const reminderKey = (sessionId: string, memberId: string) => `${sessionId}:${memberId}`;
