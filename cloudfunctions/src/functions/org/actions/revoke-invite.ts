import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { DIRECTORY, type InviteRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { atomically } from '../../../platform/transaction';
import { countInviteUses } from '../invite-uses';
import { inviteUnitPath } from '../scope';
import { inviteView } from '../views';

/** Revoking twice changes nothing the second time and is logged once. */
export const revokeInvite = defineAction('org', 'revokeInvite', {
  access: adminOf('邀请码所属单位或其上级单位的管理员', async ({ inviteId }) => [
    await inviteUnitPath(inviteId),
  ]),
  async run({ inviteId }, caller) {
    const actor = actorOf(caller.openid, await caller.authority());
    const invite = await atomically(async (transaction) => {
      const current = (await transaction.collection(DIRECTORY.invites).doc(inviteId).get())
        .data as InviteRecord;
      if (current.revokedAt) return current;
      const revokedAt = new Date();
      await transaction.collection(DIRECTORY.invites).doc(inviteId).update({ data: { revokedAt } });
      await writeAudit(transaction, {
        action: 'invite.revoke',
        actor,
        unitPath: current.unitPath,
        details: { code: current.code },
      });
      return { ...current, revokedAt };
    });
    const [units, uses] = await Promise.all([loadUnitsById([invite.unitId]), countInviteUses([inviteId])]);
    return inviteView(invite, units, new Date(), uses.get(inviteId) ?? 0);
  },
});
