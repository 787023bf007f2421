import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { DIRECTORY, type MemberRecord, type RoleRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { rows } from '../../../platform/query';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { assertUnitsKeepAnAdmin } from '../admin-continuity';
import { ORG_COLLECTIONS } from '../records';
import { grantUnitPath } from '../scope';

/** Revoking is idempotent: a repeated or concurrent revoke of the same grant answers alike and logs once. */
export const revokeRole = defineAction('org', 'revokeRole', {
  access: adminOf('授权单位或其上级单位的管理员', async ({ grantId }) => [await grantUnitPath(grantId)]),
  async run({ grantId }, caller) {
    const [grant] = await rows<RoleRecord>(db.collection(DIRECTORY.roles).where({ _id: grantId }).limit(1));
    if (!grant) return { revoked: true as const };
    const authority = await caller.authority();
    const units = await loadUnitsById([grant.unitId]);
    const unitName = units.get(grant.unitId)?.name;
    await assertUnitsKeepAnAdmin(authority, [grant], new Map([[grant.unitId, unitName ?? '该单位']]));
    const actor = actorOf(caller.openid, authority);

    await atomically(async (transaction) => {
      const current = await readInTransaction<RoleRecord>(transaction, DIRECTORY.roles, grantId);
      if (!current) return;
      await transaction.collection(DIRECTORY.roles).doc(grantId).remove();
      await transaction
        .collection(ORG_COLLECTIONS.roleRevocations)
        .doc(grantId)
        .set({ data: { unitPath: current.unitPath, revokedAt: new Date() } });
      const member = current.memberId
        ? await readInTransaction<MemberRecord>(transaction, DIRECTORY.members, current.memberId)
        : null;
      if (member) {
        await transaction
          .collection(DIRECTORY.members)
          .doc(member._id)
          .update({ data: { grants: (member.grants ?? []).filter((held) => held.grantId !== grantId) } });
      }
      await writeAudit(transaction, {
        action: 'role.revoke',
        actor,
        unitPath: current.unitPath,
        details: {
          memberId: current.memberId ?? undefined,
          memberName: member?.name,
          role: current.role,
          unitName,
        },
      });
    });
    return { revoked: true as const };
  },
});
