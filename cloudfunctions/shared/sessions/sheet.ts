import type { CheckInPhase } from './window';
import type { CodePurpose } from './codes';
import type { SessionView } from './session';

/** The lists behind the live sheet's counts. */
export const SHEET_LISTS = [
  'present',
  'late',
  'manual',
  'other_shift',
  'leave',
  'leave_requests',
  'not_yet',
] as const;
export type SheetList = (typeof SHEET_LISTS)[number];

/** "未签到" while the session runs, "缺席" once it has ended. */
export function sheetListLabel(list: SheetList, ended: boolean): string {
  return {
    present: '按时签到',
    late: '迟到',
    manual: '补签',
    other_shift: '其他班次',
    leave: '请假',
    leave_requests: '请假待审批',
    not_yet: ended ? '缺席' : '未签到',
  }[list];
}

export interface SheetCounts {
  /** Active members of the session's unit subtree now. */
  expected: number;
  present: number;
  late: number;
  manual: number;
  /** Present, late and manual at this session. */
  checkedIn: number;
  /** Of those checked in here, how many also checked out. */
  checkedOut: number;
  /** Expected members who came to another 班次 of the activity. */
  otherShift: number;
  /** Approved leave, not attended after all. */
  leave: number;
  leaveRequests: number;
  /** Neither attended (any 班次) nor on approved leave. */
  notYet: number;
}

export interface SheetEntry {
  memberId: string;
  name: string;
  unitName: string;
  /** When they checked in or asked for leave. */
  at: string | null;
  checkedOutAt: string | null;
  /** The reason of a leave or of a manual mark. */
  note: string | null;
  /** For leave lines: the request to decide. */
  leaveId: string | null;
}

export interface AttendanceSheet {
  session: SessionView;
  counts: SheetCounts;
  /** The session is over: who has not come is absent. */
  ended: boolean;
  list: { kind: SheetList; items: SheetEntry[]; nextCursor: string | null };
}

export interface DisplayState {
  sessionId: string;
  title: string;
  place: string;
  unitName: string;
  purpose: CodePurpose;
  /** The session also has a 签退 screen. */
  requireCheckOut: boolean;
  phase: CheckInPhase;
  opensAt: string;
  /** Null once the session is cancelled: there is nothing to show. */
  code: string | null;
  /** What the QR code encodes. */
  payload: string | null;
  secondsLeft: number;
  stepSeconds: number;
  checkedIn: number;
  checkedOut: number;
  expected: number;
}
