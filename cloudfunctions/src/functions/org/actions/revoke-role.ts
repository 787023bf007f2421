import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { grantById, unitById } from '../../../platform/lookup';
import { rows } from '../../../platform/query';
import { COLLECTIONS, type MemberRecord } from '../../../platform/records';
import { actorOf } from '../../../platform/views';
import { grantUnitPath } from '../scope';

export const revokeRole = defineAction('org', 'revokeRole', {
  access: adminOf('授权单位或其上级单位的管理员', async ({ grantId }) => [await grantUnitPath(grantId)]),
  async run({ grantId }, caller) {
    const grant = await grantById(grantId);
    const [unit, members] = await Promise.all([
      unitById(grant.unitId),
      rows<MemberRecord>(
        db
          .collection(COLLECTIONS.members)
          .where({ _id: grant.memberId ?? '' })
          .limit(1),
      ),
    ]);
    await db.collection(COLLECTIONS.roles).doc(grantId).remove();
    await writeAudit({
      action: 'role.revoke',
      actor: actorOf(caller.openid, await caller.authority()),
      unitPath: grant.unitPath,
      details: {
        memberId: grant.memberId ?? undefined,
        memberName: members[0]?.name,
        role: grant.role,
        unitName: unit.name,
      },
    });
    return { revoked: true as const };
  },
});
