import { ROLE_LABELS, type Role } from '../shared/org/role';
import { allRows } from '../src/platform/query';
import type { MemberRecord, RoleRecord, UnitRecord } from '../src/platform/directory';
import type { AdminDatabase } from './admin-sdk';

export interface DevIdentity {
  openid: string;
  name: string;
  role: Role;
  roleLabel: string;
  unitName: string | null;
}

const RANK: Record<Role, number> = { federation_admin: 0, unit_admin: 1, member: 2 };

/**
 * The people a developer can act as on the local login page: every active member, labelled with their
 * highest role. Read from the database, so people who joined locally appear too.
 */
export async function listDevIdentities(
  db: AdminDatabase,
  federationAdmins: string[],
): Promise<DevIdentity[]> {
  const [members, grants, units] = await Promise.all([
    allRows<MemberRecord>(db.collection('members').where({ status: 'active' })),
    allRows<RoleRecord>(db.collection('roles')),
    allRows<UnitRecord>(db.collection('units')),
  ]);
  const unitNames = new Map(units.map((unit) => [unit._id, unit.name]));
  const roleOf = (openid: string): Role => {
    if (federationAdmins.includes(openid)) return 'federation_admin';
    const roles = grants.filter((grant) => grant.openid === openid).map((grant) => grant.role);
    return (['federation_admin', 'unit_admin'] as const).find((role) => roles.includes(role)) ?? 'member';
  };
  return members
    .map((member) => {
      const role = roleOf(member.openid);
      return {
        openid: member.openid,
        name: member.name,
        role,
        roleLabel: ROLE_LABELS[role],
        unitName: unitNames.get(member.unitId) ?? null,
      };
    })
    .sort((a, b) => RANK[a.role] - RANK[b.role]);
}
