import { DELETED_MEMBER_NAME } from '../../../../shared/domain/member';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { COLLECTIONS, departedOpenid } from '../../../platform/records';

/**
 * Erases what identifies the person but keeps the membership record, anonymised, in its unit: counts of who
 * joined and what they took part in stay correct.
 */
export const deleteAccount = defineAction('account', 'deleteAccount', {
  access: activeMember,
  async run(_input, caller) {
    const { member } = await caller.authority();
    const memberId = member!._id;
    const anonymousOpenid = departedOpenid(memberId);
    await db
      .collection(COLLECTIONS.members)
      .doc(memberId)
      .update({
        data: {
          openid: anonymousOpenid,
          name: DELETED_MEMBER_NAME,
          staffNo: null,
          status: 'deleted',
          leftAt: db.serverDate(),
        },
      });
    await Promise.all([
      db.collection(COLLECTIONS.roles).where({ openid: caller.openid }).remove(),
      db
        .collection(COLLECTIONS.audit)
        .where({ actorOpenid: caller.openid })
        .update({ data: { actorOpenid: anonymousOpenid, actorName: DELETED_MEMBER_NAME } }),
      db
        .collection(COLLECTIONS.audit)
        .where({ 'details.memberId': memberId })
        .update({ data: { details: { memberName: DELETED_MEMBER_NAME } } }),
      db
        .collection(COLLECTIONS.invites)
        .where({ createdBy: caller.openid })
        .update({ data: { createdBy: anonymousOpenid, createdByName: DELETED_MEMBER_NAME } }),
    ]);
    return { deleted: true as const };
  },
});
