import type { AttendanceView, LeaveView, SessionView, ShiftView } from '../../../shared/sessions/session';
import { checkInPhase } from '../../../shared/sessions/window';
import { iso } from '../../platform/directory-views';
import type { AttendanceRecord, LeaveRecord, SessionRecord } from './records';

const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null);

/** A session as anyone may see it: field by field, so the secret can never slip into an answer. */
export function sessionView(session: SessionRecord, unitName: string, now: number): SessionView {
  return {
    _id: session._id,
    activityId: session.activityId,
    multiShift: session.multiShift,
    unitId: session.unitId,
    unitName,
    title: session.title,
    kind: session.kind,
    startAt: iso(session.startAt),
    endAt: iso(session.endAt),
    place: session.place,
    geofence: session.geofence,
    noticeId: session.noticeId,
    requireCheckOut: session.requireCheckOut,
    openBeforeMinutes: session.openBeforeMinutes,
    status: session.status,
    closedAt: isoOrNull(session.closedAt),
    cancelledAt: isoOrNull(session.cancelledAt),
    cancelReason: session.cancelReason,
    phase: session.status === 'cancelled' ? 'closed' : checkInPhase(session, now),
  };
}

export function attendanceView(record: AttendanceRecord): AttendanceView {
  return {
    sessionId: record.sessionId,
    status: record.status,
    checkedInAt: iso(record.checkedInAt),
    checkedOutAt: isoOrNull(record.checkedOutAt),
    manualReason: record.manualReason,
  };
}

export function leaveView(record: LeaveRecord): LeaveView {
  return {
    _id: record._id,
    sessionId: record.sessionId,
    memberId: record.memberId,
    reason: record.reason,
    status: record.status,
    requestedAt: iso(record.requestedAt),
    decidedAt: isoOrNull(record.decidedAt),
    comment: record.comment,
  };
}

export function shiftViews(sessions: SessionRecord[]): ShiftView[] {
  return [...sessions]
    .sort((a, b) => new Date(a.startAt).getTime() - new Date(b.startAt).getTime())
    .map((session, index) => ({
      _id: session._id,
      number: index + 1,
      startAt: iso(session.startAt),
      endAt: iso(session.endAt),
      place: session.place,
      status: session.status,
    }));
}
