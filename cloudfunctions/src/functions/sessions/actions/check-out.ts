import { AppError } from '../../../../shared/errors';
import { checkOutOpen } from '../../../../shared/sessions/window';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { rows } from '../../../platform/query';
import { rateLimiter } from '../../../platform/rate-limit';
import { assertCode } from '../code-check';
import { CODE_GUESSES } from '../guesses';
import { assertNotCancelled, expects } from '../lookup';
import { readPersonState } from '../person-read';
import { SESSION_COLLECTIONS, type AttendanceRecord } from '../records';
import { requireFound } from '../session-load';
import { attendanceView } from '../views';

/**
 * Leaving, where the session asks for it: the screen shows a check-out code of its own (derived apart from
 * the check-in code). Same three requests as a check-in; the update only touches a record not yet checked out.
 */
export const checkOut = defineAction('sessions', 'checkOut', {
  access: activeMember,
  async run({ sessionId, code }, caller) {
    const member = requireFound((await caller.authority()).member, '成员');
    const now = Date.now();
    const state = await readPersonState(
      sessionId,
      member._id,
      rateLimiter.counterId(CODE_GUESSES, caller.openid, now),
    );
    const session = requireFound(state.session);
    assertNotCancelled(session);
    if (!expects(session, member)) throw new AppError('NOT_EXPECTED');
    if (!session.requireCheckOut) throw new AppError('CHECK_OUT_NOT_REQUIRED');
    const attendance = state.attendance;
    if (!attendance) throw new AppError('NOT_CHECKED_IN');
    if (attendance.sessionId !== sessionId) {
      throw new AppError('NOT_CHECKED_IN', '您在其他班次签到，请在该班次签退');
    }
    if (attendance.checkedOutAt) return { attendance: attendanceView(attendance), already: true };
    rateLimiter.assertCountAllowed(CODE_GUESSES, caller.openid, state.failedGuesses, now);
    if (!checkOutOpen(session, now)) {
      throw new AppError(
        new Date(session.startAt).getTime() > now ? 'NOT_OPEN' : 'CLOSED',
        new Date(session.startAt).getTime() > now ? '签退在活动开始后开放' : '签退已结束',
      );
    }
    await assertCode(session, 'out', code, caller.openid, now);
    const checkedOutAt = new Date(now);
    const { stats } = (await db
      .collection(SESSION_COLLECTIONS.attendance)
      .where({ _id: attendance._id, checkedOutAt: null })
      .update({ data: { checkedOutAt } })) as { stats: { updated: number } };
    if (stats.updated === 1)
      return { attendance: attendanceView({ ...attendance, checkedOutAt }), already: false };
    const [current] = await rows<AttendanceRecord>(
      db.collection(SESSION_COLLECTIONS.attendance).where({ _id: attendance._id }).limit(1),
    );
    return { attendance: attendanceView(requireFound(current, '签到记录')), already: true };
  },
});
