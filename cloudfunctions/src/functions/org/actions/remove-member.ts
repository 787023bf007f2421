import { AppError } from '../../../../shared/errors';
import { ROLE_LABELS } from '../../../../shared/org/role';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { administers } from '../../../platform/authority';
import { db } from '../../../platform/cloud';
import { DIRECTORY, departedOpenid, type MemberRecord, type RoleRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { countMembership } from '../../../platform/membership-counts';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { assertUnitsKeepAnAdmin } from '../admin-continuity';
import { anyMemberUnitPath } from '../scope';

/**
 * The membership ends and every grant of the person goes with it, in one transaction with the audit entry.
 * The record stays (marked removed) so past participation still counts, and the openid is freed to join
 * again. Asking again after it happened (a retry after a lost answer) answers the same.
 */
export const removeMember = defineAction('org', 'removeMember', {
  access: adminOf('成员所在单位或其上级单位的管理员', async ({ memberId }) => [
    await anyMemberUnitPath(memberId),
  ]),
  async run({ memberId }, caller) {
    const authority = await caller.authority();
    const actor = actorOf(caller.openid, authority);
    await atomically(async (transaction) => {
      const member = await readInTransaction<MemberRecord>(transaction, DIRECTORY.members, memberId);
      if (!member || member.status !== 'active') return;
      const grants: RoleRecord[] = [];
      for (const { grantId } of member.grants ?? []) {
        const grant = await readInTransaction<RoleRecord>(transaction, DIRECTORY.roles, grantId);
        if (grant) grants.push(grant);
      }
      const units = await loadUnitsById([member.unitId, ...grants.map((grant) => grant.unitId)]);
      const unitNames = new Map([...units].map(([id, unit]) => [id, unit.name]));
      const beyond = grants.find((grant) => !administers(authority, grant.unitPath));
      if (beyond) {
        throw new AppError(
          'OUT_OF_SCOPE',
          `${member.name}是“${unitNames.get(beyond.unitId) ?? '其他单位'}”的${ROLE_LABELS[beyond.role]}，超出您的管理范围，请联系上级管理员办理`,
        );
      }
      await assertUnitsKeepAnAdmin(authority, grants, unitNames);
      await transaction
        .collection(DIRECTORY.members)
        .doc(memberId)
        .update({
          data: {
            openid: departedOpenid(memberId),
            formerOpenid: member.openid,
            status: 'removed',
            leftAt: db.serverDate(),
            grants: [],
          },
        });
      for (const grant of grants) await transaction.collection(DIRECTORY.roles).doc(grant._id).remove();
      await countMembership(transaction, member, -1);
      await writeAudit(transaction, {
        action: 'member.remove',
        actor,
        unitPath: member.unitPath,
        details: { memberId, memberName: member.name, unitName: unitNames.get(member.unitId) },
      });
    });
    return { removed: true as const };
  },
});
