import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { activeMemberById, unitById } from '../../../platform/lookup';
import { administers } from '../../../platform/authority';
import { rows } from '../../../platform/query';
import { COLLECTIONS, departedOpenid, type RoleRecord } from '../../../platform/records';
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
    // Roles the remover could have revoked go with the membership; grants from above their scope stay.
    const authority = await caller.authority();
    const grants = await rows<RoleRecord>(
      db.collection(COLLECTIONS.roles).where({ openid: member.openid }).limit(100),
    );
    await Promise.all(
      grants
        .filter((grant) => administers(authority, grant.unitPath))
        .map((grant) => db.collection(COLLECTIONS.roles).doc(grant._id).remove()),
    );
    await writeAudit({
      action: 'member.remove',
      actor: actorOf(caller.openid, authority),
      unitPath: member.unitPath,
      details: { memberId, memberName: member.name, unitName: unit.name },
    });
    return { removed: true as const };
  },
});
