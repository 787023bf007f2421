import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { rows } from '../../../platform/query';
import { DIRECTORY, type MemberRecord, type RoleRecord } from '../../../platform/directory';
import { grantView } from '../../../platform/directory-views';
import { unitPath } from '../scope';

export const listRoles = defineAction('org', 'listRoles', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId }) {
    const grants = await rows<RoleRecord>(
      db.collection(DIRECTORY.roles).where({ unitPath: unitId }).orderBy('grantedAt', 'desc').limit(100),
    );
    const memberIds = grants.map((grant) => grant.memberId).filter((id): id is string => Boolean(id));
    const [units, members] = await Promise.all([
      loadUnitsById(grants.map((grant) => grant.unitId)),
      memberIds.length
        ? rows<MemberRecord>(
            db
              .collection(DIRECTORY.members)
              .where({ _id: db.command.in(memberIds) })
              .limit(100),
          )
        : [],
    ]);
    const names = new Map(members.map((member) => [member._id, member.name]));
    return grants.map((grant) => grantView(grant, units, names.get(grant.memberId ?? '') ?? '（未知成员）'));
  },
});
