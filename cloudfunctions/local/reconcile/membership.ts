import { allRows } from '../../src/platform/query';
import type { MemberRecord } from '../../src/platform/directory';
import type { Recount } from './recount';

/** Active members per unit, from the member records. */
export const membershipRecount: Recount = {
  name: '单位在册成员',
  prefix: 'members:',
  async recount(db) {
    const members = await allRows<Pick<MemberRecord, 'unitId'>>(
      db.collection('members').where({ status: 'active' }).field({ unitId: true }),
    );
    const byUnit = new Map<string, number>();
    for (const { unitId } of members) byUnit.set(unitId, (byUnit.get(unitId) ?? 0) + 1);
    return [...byUnit].map(([unitId, active]) => ({ key: `members:${unitId}`, values: { active } }));
  },
};
