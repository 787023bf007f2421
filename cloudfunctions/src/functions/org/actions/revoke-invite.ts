import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { inviteById, loadUnitsById } from '../../../platform/lookup';
import { COLLECTIONS } from '../../../platform/records';
import { actorOf, inviteView } from '../../../platform/views';
import { inviteUnitPath } from '../scope';

export const revokeInvite = defineAction('org', 'revokeInvite', {
  access: adminOf('邀请码所属单位或其上级单位的管理员', async ({ inviteId }) => [
    await inviteUnitPath(inviteId),
  ]),
  async run({ inviteId }, caller) {
    const invite = await inviteById(inviteId);
    const revokedAt = invite.revokedAt ?? new Date();
    if (!invite.revokedAt) {
      await db.collection(COLLECTIONS.invites).doc(inviteId).update({ data: { revokedAt } });
      await writeAudit({
        action: 'invite.revoke',
        actor: actorOf(caller.openid, await caller.authority()),
        unitPath: invite.unitPath,
        details: { code: invite.code },
      });
    }
    return inviteView({ ...invite, revokedAt }, await loadUnitsById([invite.unitId]), new Date());
  },
});
