import { AppError } from '../../../../shared/errors';
import { MEMBER_UNIT_MIN_DEPTH } from '../../../../shared/org/unit';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { activeMemberById, loadUnitsById, unitById } from '../../../platform/directory-lookup';
import { memberView } from '../../../platform/directory-views';
import { countMembership } from '../../../platform/membership-counts';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { memberUnitPath, unitPath } from '../scope';

export const moveMember = defineAction('org', 'moveMember', {
  access: adminOf('成员所在单位和目标单位都在其管理范围内的管理员', async ({ memberId, toUnitId }) => [
    await memberUnitPath(memberId),
    await unitPath(toUnitId),
  ]),
  async run({ memberId, toUnitId }, caller) {
    const [member, target] = await Promise.all([activeMemberById(memberId), unitById(toUnitId)]);
    if (target.depth < MEMBER_UNIT_MIN_DEPTH) {
      throw new AppError('INVALID_INPUT', `“${target.name}”下只设单位，请选择具体的单位`);
    }
    if (member.unitId === target._id) throw new AppError('INVALID_INPUT', `${member.name}已在${target.name}`);
    const units = await loadUnitsById([member.unitId]);
    const actor = actorOf(caller.openid, await caller.authority());
    const moved = await atomically(async (transaction) => {
      const current = await readInTransaction<MemberRecord>(transaction, DIRECTORY.members, memberId);
      if (!current || current.status !== 'active') throw new AppError('NOT_FOUND', '成员不存在或已离开单位');
      // Checked again here: of identical moves sent at once, only the first moves (and is logged).
      if (current.unitId === target._id)
        throw new AppError('INVALID_INPUT', `${current.name}已在${target.name}`);
      await transaction
        .collection(DIRECTORY.members)
        .doc(memberId)
        .update({ data: { unitId: target._id, unitPath: db.command.set(target.path) } });
      await countMembership(transaction, current, -1);
      await countMembership(transaction, { unitId: target._id, unitPath: target.path }, 1);
      // One entry under both units, so the log of the unit left shows the move as well as the one joined.
      await writeAudit(transaction, {
        action: 'member.move',
        actor,
        unitPath: [...new Set([...current.unitPath, ...target.path])],
        details: {
          memberId,
          memberName: current.name,
          unitName: units.get(current.unitId)?.name,
          toUnitName: target.name,
        },
      });
      return { ...current, unitId: target._id, unitPath: target.path };
    });
    return memberView(moved, new Map([[target._id, target]]));
  },
});
