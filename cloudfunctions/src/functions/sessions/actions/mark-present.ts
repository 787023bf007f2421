import { AppError } from '../../../../shared/errors';
import { checkInPhase } from '../../../../shared/sessions/window';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { checkContent } from '../../../platform/content-check';
import { activeMemberById, loadUnitsById, unitName } from '../../../platform/directory-lookup';
import { iso } from '../../../platform/directory-views';
import { atomically } from '../../../platform/transaction';
import { sessionAdmin } from '../access';
import { assertNotCancelled, expects } from '../lookup';
import { SESSION_COLLECTIONS, personKey, type AttendanceRecord } from '../records';
import { sessionOfInput } from '../session-load';

/**
 * 补签: an admin records by hand that a member was there (no phone, a flat battery), with the reason. It
 * shows as manual on the sheet and goes to the audit log in the same transaction.
 */
export const markPresent = defineAction('sessions', 'markPresent', {
  access: sessionAdmin(sessionOfInput),
  async run(input, caller) {
    const session = await sessionOfInput(input);
    assertNotCancelled(session);
    const now = Date.now();
    if (checkInPhase(session, now) === 'not_open') {
      throw new AppError('NOT_OPEN', '签到开放后才能补签');
    }
    const member = await activeMemberById(input.memberId);
    if (!expects(session, member)) throw new AppError('NOT_EXPECTED', '该成员不在本次学习活动的参加范围内');
    if ((await checkContent(caller.openid, input.reason, 1)).suggest !== 'pass') {
      throw new AppError('CONTENT_REJECTED');
    }
    const authority = await caller.authority();
    const actor = actorOf(caller.openid, authority);
    const units = await loadUnitsById([member.unitId]);
    const record: AttendanceRecord = {
      _id: personKey(session.activityId, member._id),
      activityId: session.activityId,
      sessionId: session._id,
      memberId: member._id,
      unitId: member.unitId,
      status: 'manual',
      checkedInAt: new Date(now),
      checkedOutAt: null,
      distanceMeters: null,
      manualReason: input.reason,
      markedByMemberId: authority.member?._id ?? null,
    };
    await atomically(
      async (transaction) => {
        await transaction.collection(SESSION_COLLECTIONS.attendance).add({ data: record });
        await writeAudit(transaction, {
          action: 'session.mark_present',
          actor,
          unitPath: session.unitPath,
          details: {
            memberId: member._id,
            memberName: member.name,
            title: session.title,
            unitName: unitName(units, member.unitId),
          },
        });
      },
      { onDuplicate: () => new AppError('ALREADY_CHECKED_IN') },
    );
    return {
      memberId: member._id,
      name: member.name,
      unitName: unitName(units, member.unitId),
      at: iso(record.checkedInAt),
      checkedOutAt: null,
      note: input.reason,
      leaveId: null,
    };
  },
});
