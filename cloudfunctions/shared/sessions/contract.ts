import * as z from 'zod/mini';
import { unitIdSchema } from '../org/unit';
import type { NotifyOutcome } from '../platform/notifications';
import { action, cursorPage, idSchema, noInput, type CursorPage } from '../platform/schema';
import { textSchema } from '../platform/text';
import { codeSchema } from './codes';
import { createSessionSchema, locationSchema, reasonSchema, updateSessionSchema } from './session-input';
import {
  type AttendanceView,
  type LeaveView,
  type MySessionItem,
  type SessionDetail,
  type SessionView,
  type UnitSessionItem,
} from './session';
import { SHEET_LISTS, type AttendanceSheet, type DisplayState, type SheetEntry } from './sheet';

const sessionId = idSchema('学习活动');
const when = z._default(z.enum(['upcoming', 'past'], { error: '应为 upcoming 或 past' }), 'upcoming');

export interface CheckInResult {
  attendance: AttendanceView;
  /** This request found the person already checked in (a retry, a double tap, or another 班次). */
  already: boolean;
  atOtherShift: boolean;
}

export interface SessionChangeResult {
  session: SessionView;
  /** Who was told by subscribe message, and who could not be reached; null when nothing worth telling changed. */
  notified: NotifyOutcome | null;
}

export const sessionsContract = {
  create: action<SessionView>()(createSessionSchema),
  update: action<SessionChangeResult>()(updateSessionSchema),
  cancel: action<SessionChangeResult>()(
    z.strictObject({
      sessionId,
      reason: z._default(textSchema({ label: '取消原因', min: 0, max: 100 }), ''),
    }),
  ),
  closeCheckIn: action<SessionView>()(z.strictObject({ sessionId })),
  get: action<SessionDetail>()(z.strictObject({ sessionId })),
  listMine: action<CursorPage<MySessionItem>>()(z.strictObject({ when, ...cursorPage })),
  listForUnit: action<CursorPage<UnitSessionItem>>()(
    z.strictObject({ unitId: unitIdSchema, when, ...cursorPage }),
  ),
  display: action<DisplayState>()(
    z.strictObject({ sessionId, purpose: z._default(z.enum(['in', 'out']), 'in') }),
  ),
  entryCode: action<{ imageUrl: string; path: string }>()(z.strictObject({ sessionId })),
  checkIn: action<CheckInResult>()(
    z.strictObject({ sessionId, code: codeSchema, location: z.optional(locationSchema) }),
  ),
  checkOut: action<{ attendance: AttendanceView; already: boolean }>()(
    z.strictObject({ sessionId, code: codeSchema }),
  ),
  requestLeave: action<LeaveView>()(z.strictObject({ sessionId, reason: reasonSchema('请假事由') })),
  decideLeave: action<LeaveView>()(
    z.strictObject({
      leaveId: idSchema('请假申请'),
      approve: z.boolean({ error: '请选择批准或不批准' }),
      comment: z._default(textSchema({ label: '审批意见', min: 0, max: 100 }), ''),
    }),
  ),
  markPresent: action<SheetEntry>()(
    z.strictObject({ sessionId, memberId: idSchema('成员'), reason: reasonSchema('补签原因') }),
  ),
  attendance: action<AttendanceSheet>()(
    z.strictObject({
      sessionId,
      list: z._default(z.enum(SHEET_LISTS, { error: '未知的名单' }), 'present'),
      ...cursorPage,
    }),
  ),
  remindMe: action<{ remindAt: string }>()(z.strictObject({ sessionId })),
  /** The timer trigger (config.json `remind`): sends the reminders that are due. */
  remind: action<{ due: number; sent: number }>()(noInput),
} as const;
