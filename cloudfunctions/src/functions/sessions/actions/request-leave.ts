import { AppError } from '../../../../shared/errors';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { checkContent } from '../../../platform/content-check';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { assertNotCancelled, expects, sessionById } from '../lookup';
import { SESSION_COLLECTIONS, personKey, type AttendanceRecord, type LeaveRecord } from '../records';
import { requireFound } from '../session-load';
import { leaveView } from '../views';

/**
 * A member asks to be excused before the session ends, with a reason for the unit admin. Asking again while
 * it is pending (or after a refusal) replaces the reason; approved leave stays as it is.
 */
export const requestLeave = defineAction('sessions', 'requestLeave', {
  access: activeMember,
  async run({ sessionId, reason }, caller) {
    const member = requireFound((await caller.authority()).member, '成员');
    const session = await sessionById(sessionId);
    assertNotCancelled(session);
    if (!expects(session, member)) throw new AppError('NOT_EXPECTED');
    const now = Date.now();
    if (new Date(session.endAt).getTime() <= now) {
      throw new AppError('LEAVE_NOT_ALLOWED', '活动已结束，不能再请假');
    }
    if ((await checkContent(caller.openid, reason, 1)).suggest !== 'pass')
      throw new AppError('CONTENT_REJECTED');
    const key = personKey(session.activityId, member._id);
    const leave = await atomically(async (transaction) => {
      if (await readInTransaction<AttendanceRecord>(transaction, SESSION_COLLECTIONS.attendance, key)) {
        throw new AppError('LEAVE_NOT_ALLOWED', '您已签到，无需请假');
      }
      const current = await readInTransaction<LeaveRecord>(transaction, SESSION_COLLECTIONS.leaves, key);
      if (current?.status === 'approved') return current;
      const record: LeaveRecord = {
        _id: key,
        activityId: session.activityId,
        sessionId,
        memberId: member._id,
        unitId: member.unitId,
        unitPath: session.unitPath,
        reason,
        status: 'pending',
        requestedAt: new Date(now),
        decidedAt: null,
        decidedByMemberId: null,
        comment: null,
      };
      const { _id, ...fields } = record;
      await transaction.collection(SESSION_COLLECTIONS.leaves).doc(_id).set({ data: fields });
      return record;
    });
    return leaveView(leave);
  },
});
