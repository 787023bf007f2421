import type { Geofence } from './geo';
import type { SessionKind } from './kinds';
import type { CheckInPhase } from './window';

export type SessionStatus = 'scheduled' | 'cancelled';

export interface SessionView {
  _id: string;
  /** Shared by every 班次 of one activity; equal to `_id` for a session without shifts. */
  activityId: string;
  /** Whether the activity has several 班次. */
  multiShift: boolean;
  unitId: string;
  unitName: string;
  title: string;
  kind: SessionKind;
  startAt: string;
  endAt: string;
  place: string;
  /** In GCJ-02. */
  geofence: Geofence | null;
  noticeId: string | null;
  requireCheckOut: boolean;
  openBeforeMinutes: number;
  status: SessionStatus;
  closedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  /** Where the session's check-in stands now, by the server's clock. */
  phase: CheckInPhase;
}

export interface ShiftView {
  _id: string;
  /** 1-based, by start time. */
  number: number;
  startAt: string;
  endAt: string;
  place: string;
  status: SessionStatus;
}

export type AttendanceStatus = 'present' | 'late' | 'manual';

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: '已签到',
  late: '迟到',
  manual: '补签',
};

export interface AttendanceView {
  /** The 班次 the person attended (for shifts, possibly another than the one asked about). */
  sessionId: string;
  status: AttendanceStatus;
  checkedInAt: string;
  checkedOutAt: string | null;
  manualReason: string | null;
}

export type LeaveStatus = 'pending' | 'approved' | 'declined';

export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  pending: '请假待审批',
  approved: '已准假',
  declined: '请假未批准',
};

export interface LeaveView {
  _id: string;
  sessionId: string;
  memberId: string;
  reason: string;
  status: LeaveStatus;
  requestedAt: string;
  decidedAt: string | null;
  comment: string | null;
}

/** What the member sees of their own part in a session. */
export interface MyAttendance {
  attendance: AttendanceView | null;
  /** Checked in at another 班次 of the same activity. */
  atOtherShift: boolean;
  leave: LeaveView | null;
  reminderSet: boolean;
}

export interface SessionDetail {
  session: SessionView;
  /** Null when the caller is not among the expected attendees (an admin from above). */
  mine: MyAttendance | null;
  canManage: boolean;
  /** The linked notice's title; null without a notice (or when it was deleted). */
  noticeTitle: string | null;
  shifts: ShiftView[];
  opensAt: string;
  lateAfter: string;
  closesAt: string;
}

/** One line of the member's list of sessions. */
export type MySessionState =
  | AttendanceStatus
  | 'other_shift'
  | 'leave_pending'
  | 'leave_approved'
  | 'leave_declined'
  | 'not_yet'
  | 'absent'
  | 'cancelled';

export const MY_SESSION_STATE_LABELS: Record<MySessionState, string> = {
  present: '已签到',
  late: '迟到',
  manual: '补签',
  other_shift: '已在其他班次签到',
  leave_pending: '请假待审批',
  leave_approved: '已请假',
  leave_declined: '请假未批准',
  not_yet: '未签到',
  absent: '缺席',
  cancelled: '已取消',
};

export interface MySessionItem {
  session: SessionView;
  state: MySessionState;
}

export interface UnitSessionItem {
  session: SessionView;
  /** Checked in at this session (present, late and manual). */
  checkedIn: number;
}
