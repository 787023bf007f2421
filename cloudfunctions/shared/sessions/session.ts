import * as z from 'zod/mini';
import { idSchema } from '../platform/schema';
import { textSchema } from '../platform/text';
import { unitIdSchema } from '../org/unit';
import type { Geofence } from './geo';
import { SESSION_KINDS, type SessionKind } from './kinds';
import {
  DEFAULT_OPEN_BEFORE_MINUTES,
  MAX_OPEN_BEFORE_MINUTES,
  sessionTimesProblem,
  type CheckInPhase,
} from './window';

export const MIN_RADIUS_METERS = 30;
export const MAX_RADIUS_METERS = 3_000;

const isoTime = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label}应为带时区的 ISO 8601 时间，如 2026-11-26T14:30:00+08:00` });

export const geofenceSchema = z.strictObject({
  latitude: z.number({ error: '缺少纬度' }).check(z.gte(-90, '纬度无效'), z.lte(90, '纬度无效')),
  longitude: z.number({ error: '缺少经度' }).check(z.gte(-180, '经度无效'), z.lte(180, '经度无效')),
  radiusMeters: z
    .number({ error: '请选择签到范围' })
    .check(
      z.int('签到范围应为整数米'),
      z.gte(MIN_RADIUS_METERS, `签到范围至少 ${MIN_RADIUS_METERS} 米`),
      z.lte(MAX_RADIUS_METERS, `签到范围最大 ${MAX_RADIUS_METERS} 米`),
    ),
});

export const sessionTitleSchema = textSchema({ label: '活动名称', min: 2, max: 40, name: true });
export const placeSchema = textSchema({ label: '地点', min: 2, max: 60 });
export const reasonSchema = (label: string) => textSchema({ label, min: 2, max: 200, multiline: true });

/** What a leader fills in for a session; the same fields for creating and for editing. */
export const sessionFields = {
  title: sessionTitleSchema,
  kind: z.enum(SESSION_KINDS, { error: '请选择活动类型' }),
  startAt: isoTime('开始时间'),
  endAt: isoTime('结束时间'),
  place: placeSchema,
  geofence: z._default(z.nullable(geofenceSchema), null),
  noticeId: z._default(z.nullable(idSchema('通知')), null),
  requireCheckOut: z._default(z.boolean(), false),
  openBeforeMinutes: z._default(
    z
      .number()
      .check(
        z.int('提前开放时间应为整数分钟'),
        z.gte(0, '提前开放时间不能为负'),
        z.lte(MAX_OPEN_BEFORE_MINUTES, `最多提前 ${MAX_OPEN_BEFORE_MINUTES} 分钟开放签到`),
      ),
    DEFAULT_OPEN_BEFORE_MINUTES,
  ),
};

const timesInOrder = z.superRefine((value: { startAt: string; endAt: string }, context) => {
  const problem = sessionTimesProblem(value.startAt, value.endAt);
  if (problem) context.issues.push({ code: 'custom', message: problem, path: ['endAt'], input: value });
});

export const createSessionSchema = z
  .strictObject({
    unitId: unitIdSchema,
    ...sessionFields,
    /** Another 班次 of this session: the same activity, attended once at any of its shifts. */
    sameActivityAs: z.optional(idSchema('原活动')),
  })
  .check(timesInOrder);
export type CreateSessionInput = z.input<typeof createSessionSchema>;

export const updateSessionSchema = z
  .strictObject({ sessionId: idSchema('学习活动'), ...sessionFields })
  .check(timesInOrder);

export const locationSchema = z.strictObject({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
  accuracy: z.number({ error: '缺少定位精度' }).check(z.gte(0), z.lte(100_000)),
  system: z.enum(['gcj02', 'wgs84'], { error: '坐标系应为 gcj02 或 wgs84' }),
});

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
