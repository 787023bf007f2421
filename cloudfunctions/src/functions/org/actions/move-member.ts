import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { activeMemberById, unitById } from '../../../platform/lookup';
import { COLLECTIONS } from '../../../platform/records';
import { actorOf, memberView } from '../../../platform/views';
import { memberUnitPath, unitPath } from '../scope';

export const moveMember = defineAction('org', 'moveMember', {
  access: adminOf('成员所在单位和目标单位都在其管理范围内的管理员', async ({ memberId, toUnitId }) => [
    await memberUnitPath(memberId),
    await unitPath(toUnitId),
  ]),
  async run({ memberId, toUnitId }, caller) {
    const [member, target] = await Promise.all([activeMemberById(memberId), unitById(toUnitId)]);
    await db
      .collection(COLLECTIONS.members)
      .doc(memberId)
      .update({ data: { unitId: target._id, unitPath: db.command.set(target.path) } });
    const units = new Map([[target._id, target]]);
    const from = await unitById(member.unitId);
    await writeAudit({
      action: 'member.move',
      actor: actorOf(caller.openid, await caller.authority()),
      unitPath: target.path,
      details: {
        memberId,
        memberName: member.name,
        unitName: from.name,
        toUnitName: target.name,
      },
    });
    return memberView({ ...member, unitId: target._id, unitPath: target.path }, units);
  },
});
