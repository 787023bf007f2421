import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { countOf, rows } from '../../../platform/query';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { memberView } from '../../../platform/directory-views';
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
    const units = await loadUnitsById(members.map((member) => member.unitId));
    return { total, items: members.map((member) => memberView(member, units)) };
  },
});
