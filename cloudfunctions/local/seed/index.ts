import { countOf } from '../../src/platform/query';
import { heldGrant, type MemberRecord, type RoleRecord } from '../../src/platform/directory';
import { membershipCounter } from '../../src/platform/membership-counter';
import type { AdminDatabase } from '../admin-sdk';
import { DEMO_FEDERATION_ADMIN, DEMO_UNIT_ADMIN_UNITS, demoName, demoUnits } from './demo-org';
import { seedSessions } from './sessions';
import { demoNotice, SEED_NOTICE_ID, seedNotices } from './notices';
import { seedReflections } from './reflections';
import { seedReports } from './reports';

export { SEED_NOTICE_ID };
const JOINED_AT = new Date('2026-09-01T01:00:00.000Z');

export interface DemoData {
  units: ReturnType<typeof demoUnits>;
  members: MemberRecord[];
  grants: RoleRecord[];
}

export function demoData(): DemoData {
  const units = demoUnits();
  const members: MemberRecord[] = [];
  for (const unit of units) {
    for (let n = 1; n <= unit.memberCount; n += 1) {
      const index = members.length;
      const isFederationAdmin = unit._id === 'unit-organisation' && n === 1;
      members.push({
        _id: `member-${unit._id.replace(/^unit-/, '')}-${n}`,
        openid: isFederationAdmin
          ? DEMO_FEDERATION_ADMIN
          : `demo-openid-${unit._id.replace(/^unit-/, '')}-${n}`,
        name: demoName(index),
        staffNo: `QD${String(10001 + index)}`,
        unitId: unit._id,
        unitPath: unit.path,
        status: 'active',
        joinedAt: new Date(JOINED_AT.getTime() + index * 3_600_000),
        inviteId: null,
        grants: [],
      });
    }
  }
  const grants: RoleRecord[] = DEMO_UNIT_ADMIN_UNITS.map((unitId) => {
    const member = members.find((candidate) => candidate.unitId === unitId) as MemberRecord;
    return {
      _id: `grant-${unitId}`,
      openid: member.openid,
      memberId: member._id,
      role: 'unit_admin',
      unitId,
      unitPath: member.unitPath,
      grantedBy: DEMO_FEDERATION_ADMIN,
      grantedAt: JOINED_AT,
    };
  });
  for (const grant of grants) {
    const holder = members.find((member) => member._id === grant.memberId) as MemberRecord;
    holder.grants = [...(holder.grants ?? []), heldGrant(grant)];
  }
  return { units, members, grants };
}

/** The membership counters the functions keep, as they would stand after these members joined. */
function membershipCounts(members: MemberRecord[]): object[] {
  const byUnit = new Map<string, MemberRecord[]>();
  for (const member of members) byUnit.set(member.unitId, [...(byUnit.get(member.unitId) ?? []), member]);
  return [...byUnit].map(([unitId, unitMembers]) => {
    const { key, attributes } = membershipCounter(unitId, unitMembers[0].unitPath);
    return { _id: `${key}#0`, key, ...attributes, values: { active: unitMembers.length } };
  });
}

async function insertAll(db: AdminDatabase, collection: string, documents: object[]): Promise<void> {
  for (let start = 0; start < documents.length; start += 100) {
    await db.collection(collection).add({ data: documents.slice(start, start + 100) });
  }
}

/** Loads the demo data into an empty database; a database that already has data is left untouched. */
export async function seedDemoData(db: AdminDatabase): Promise<{ seeded: boolean }> {
  if ((await countOf(db.collection('notices'))) > 0) return { seeded: false };
  const { units, members, grants } = demoData();
  await insertAll(
    db,
    'units',
    units.map(({ memberCount: _memberCount, ...unit }) => unit),
  );
  await insertAll(db, 'members', members);
  await insertAll(db, 'counters', membershipCounts(members));
  await insertAll(db, 'roles', grants);
  await seedSessions(db, units, members, SEED_NOTICE_ID);
  await seedReflections(db, demoNotice(), members);
  await seedReports(db, units, members, SEED_NOTICE_ID);
  // The notice goes last: its presence marks a completely seeded database.
  await seedNotices(db, { units, members });
  return { seeded: true };
}
