import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { AppError } from '../../../../shared/errors';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { DIRECTORY, heldGrant, type MemberRecord, type RoleRecord } from '../../../platform/directory';
import { activeMemberById, unitById } from '../../../platform/directory-lookup';
import { grantView } from '../../../platform/directory-views';
import { newId } from '../../../platform/ids';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { memberUnitPath, unitPath } from '../scope';

/**
 * A grant commits only while its holder is an active member: it is written together with the member
 * record, so a removal running at the same moment makes one of the two start again and see the other.
 */
export const grantRole = defineAction('org', 'grantRole', {
  // A federation admin grant sits on the root, so only a federation admin's scope covers it.
  access: adminOf('成员和授权单位都在其管理范围内的管理员', async ({ memberId, unitId, role }) => [
    await memberUnitPath(memberId),
    role === 'federation_admin' ? [ROOT_UNIT_ID] : await unitPath(unitId),
  ]),
  async run({ memberId, role, unitId }, caller) {
    if (role === 'federation_admin' && unitId !== ROOT_UNIT_ID) {
      throw new AppError('INVALID_INPUT', '市总工会管理员只能授予在市总工会（根单位）上');
    }
    if (role === 'unit_admin' && unitId === ROOT_UNIT_ID) {
      throw new AppError('INVALID_INPUT', '全市范围的管理权限请授予“市总工会管理员”，并单独确认');
    }
    const [member, unit] = await Promise.all([activeMemberById(memberId), unitById(unitId)]);
    const actor = actorOf(caller.openid, await caller.authority());
    const grant: RoleRecord = {
      _id: newId('grant'),
      openid: member.openid,
      memberId,
      role,
      unitId,
      unitPath: unit.path,
      grantedBy: caller.openid,
      grantedAt: new Date(),
    };
    await atomically(
      async (transaction) => {
        const current = await readInTransaction<MemberRecord>(transaction, DIRECTORY.members, memberId);
        if (!current || current.status !== 'active')
          throw new AppError('NOT_FOUND', '成员不存在或已离开单位');
        await transaction.collection(DIRECTORY.roles).add({ data: { ...grant, openid: current.openid } });
        await transaction
          .collection(DIRECTORY.members)
          .doc(memberId)
          .update({ data: { grants: db.command.push([heldGrant(grant)]) } });
        await writeAudit(transaction, {
          action: 'role.grant',
          actor,
          unitPath: unit.path,
          details: { memberId, memberName: current.name, role, unitName: unit.name },
        });
      },
      { onDuplicate: () => new AppError('CONFLICT', `${member.name}已经是${unit.name}的该角色`) },
    );
    return grantView(grant, new Map([[unit._id, unit]]), member.name);
  },
});
