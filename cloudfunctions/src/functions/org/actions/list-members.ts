import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { configuredFederationAdmins } from '../../../platform/authority';
import { db } from '../../../platform/cloud';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { allRows, countOf, rows } from '../../../platform/query';
import { DIRECTORY, type MemberRecord, type RoleRecord } from '../../../platform/directory';
import { configuredFederationGrant, grantView, memberView } from '../../../platform/directory-views';
import { unitPath } from '../scope';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const listMembers = defineAction('org', 'listMembers', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId, keyword, offset, limit }) {
    // unitPath holds every ancestor, so one equality on it selects the whole subtree.
    const subtree = { unitPath: unitId, status: 'active' };
    const pattern = keyword ? db.RegExp({ regexp: escapeRegExp(keyword), options: 'i' }) : null;
    const query = db.collection(DIRECTORY.members).where(
      pattern
        ? db.command.or([
            { ...subtree, name: pattern },
            { ...subtree, staffNo: pattern },
          ])
        : subtree,
    );
    const [total, members] = await Promise.all([
      countOf(query),
      rows<MemberRecord>(query.orderBy('joinedAt', 'desc').skip(offset).limit(limit)),
    ]);
    const grants = members.length
      ? await allRows<RoleRecord>(
          db
            .collection(DIRECTORY.roles)
            .where({ memberId: db.command.in(members.map((member) => member._id)) })
            .orderBy('grantedAt', 'asc'),
        )
      : [];
    const units = await loadUnitsById([
      ...members.map((member) => member.unitId),
      ...grants.map((grant) => grant.unitId),
      ROOT_UNIT_ID,
    ]);
    const configured = configuredFederationAdmins();
    return {
      total,
      items: members.map((member) => ({
        ...memberView(member, units),
        grants: [
          ...(configured.includes(member.openid)
            ? [configuredFederationGrant(member._id, member.name, units)]
            : []),
          ...grants
            .filter((grant) => grant.memberId === member._id)
            .map((grant) => grantView(grant, units, member.name)),
        ],
      })),
    };
  },
});
