import { AppError } from '../../../../shared/errors';
import type { LeaveStatus } from '../../../../shared/sessions/session';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { leaveById } from '../lookup';
import { perInput } from '../per-input';
import { SESSION_COLLECTIONS, type LeaveRecord, type SessionRecord } from '../records';
import { requireFound } from '../session-load';
import { leaveView } from '../views';

const leaveOfInput = perInput(({ leaveId }: { leaveId: string }) => leaveById(leaveId));

/** The unit admin approves or declines a pending request; deciding the same way again answers the same. */
export const decideLeave = defineAction('sessions', 'decideLeave', {
  access: adminOf('活动所属单位或其上级单位的管理员', async (input: { leaveId: string }) => [
    (await leaveOfInput(input)).unitPath,
  ]),
  async run({ leaveId, approve, comment }, caller) {
    const authority = await caller.authority();
    const actor = actorOf(caller.openid, authority);
    const status: LeaveStatus = approve ? 'approved' : 'declined';
    const leave = await atomically(async (transaction) => {
      const current = requireFound(
        await readInTransaction<LeaveRecord>(transaction, SESSION_COLLECTIONS.leaves, leaveId),
        '请假申请',
      );
      if (current.status === status) return current;
      if (current.status !== 'pending') throw new AppError('LEAVE_NOT_ALLOWED', '该请假申请已经处理过了');
      const [member, session] = await Promise.all([
        readInTransaction<MemberRecord>(transaction, DIRECTORY.members, current.memberId),
        readInTransaction<SessionRecord>(transaction, SESSION_COLLECTIONS.sessions, current.sessionId),
      ]);
      const decision = {
        status,
        decidedAt: new Date(),
        decidedByMemberId: authority.member?._id ?? null,
        comment: comment || null,
      };
      await transaction.collection(SESSION_COLLECTIONS.leaves).doc(leaveId).update({ data: decision });
      await writeAudit(transaction, {
        action: approve ? 'session.leave_approve' : 'session.leave_decline',
        actor,
        unitPath: current.unitPath,
        details: { memberId: current.memberId, memberName: member?.name, title: session?.title },
      });
      return { ...current, ...decision };
    });
    return leaveView(leave);
  },
});
