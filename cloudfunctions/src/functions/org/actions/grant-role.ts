import { ROOT_UNIT_ID } from '../../../../shared/domain/unit';
import { AppError } from '../../../../shared/errors';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { newId } from '../../../platform/ids';
import { activeMemberById, unitById } from '../../../platform/lookup';
import { COLLECTIONS, type RoleRecord } from '../../../platform/records';
import { actorOf, grantView } from '../../../platform/views';
import { memberUnitPath, unitPath } from '../scope';

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
    const [member, unit] = await Promise.all([activeMemberById(memberId), unitById(unitId)]);
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
    try {
      await db.collection(COLLECTIONS.roles).add({ data: grant });
    } catch (error) {
      if ((error as { errCode?: number }).errCode === -502001) {
        throw new AppError('CONFLICT', `${member.name}已经是${unit.name}的该角色`);
      }
      throw error;
    }
    await writeAudit({
      action: 'role.grant',
      actor: actorOf(caller.openid, await caller.authority()),
      unitPath: unit.path,
      details: { memberId, memberName: member.name, role, unitName: unit.name },
    });
    return grantView(grant, new Map([[unit._id, unit]]), member.name);
  },
});
