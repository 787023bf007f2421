import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { activeMemberById, unitById } from '../../../platform/lookup';
import { COLLECTIONS, departedOpenid } from '../../../platform/records';
import { actorOf } from '../../../platform/views';
import { memberUnitPath } from '../scope';

/** The record stays (marked removed) so past participation still counts; the openid is freed to join again. */
export const removeMember = defineAction('org', 'removeMember', {
  access: adminOf('成员所在单位或其上级单位的管理员', async ({ memberId }) => [
    await memberUnitPath(memberId),
  ]),
  async run({ memberId }, caller) {
    const member = await activeMemberById(memberId);
    const unit = await unitById(member.unitId);
    await db
      .collection(COLLECTIONS.members)
      .doc(memberId)
      .update({
        data: {
          openid: departedOpenid(memberId),
          formerOpenid: member.openid,
          status: 'removed',
          leftAt: db.serverDate(),
        },
      });
    await db.collection(COLLECTIONS.roles).where({ openid: member.openid }).remove();
    await writeAudit({
      action: 'member.remove',
      actor: actorOf(caller.openid, await caller.authority()),
      unitPath: member.unitPath,
      details: { memberId, memberName: member.name, unitName: unit.name },
    });
    return { removed: true as const };
  },
});
