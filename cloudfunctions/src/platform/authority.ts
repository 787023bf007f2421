import { ROOT_UNIT_ID } from '../../shared/org/unit';
import { db } from './cloud';
import { rows } from './query';
import { DIRECTORY, type MemberRecord, type RoleRecord } from './directory';

export interface Authority {
  member: MemberRecord | null;
  grants: RoleRecord[];
  isFederationAdmin: boolean;
  /** Roots of the subtrees the caller administers. */
  adminUnitIds: string[];
}

/** Federation admins named at deploy time (function environment variable), never by the client. */
export function configuredFederationAdmins(): string[] {
  return (process.env.FEDERATION_ADMIN_OPENIDS ?? '')
    .split(',')
    .map((openid) => openid.trim())
    .filter(Boolean);
}

export async function loadAuthority(openid: string): Promise<Authority> {
  const [members, grants] = await Promise.all([
    rows<MemberRecord>(db.collection(DIRECTORY.members).where({ openid, status: 'active' }).limit(1)),
    rows<RoleRecord>(db.collection(DIRECTORY.roles).where({ openid }).limit(100)),
  ]);
  const member = members[0] ?? null;
  // A grant only counts while its holder belongs to a unit; removal takes grants in the same transaction.
  const heldGrants = member ? grants : [];
  const isFederationAdmin =
    configuredFederationAdmins().includes(openid) ||
    heldGrants.some((grant) => grant.role === 'federation_admin');
  return {
    member,
    grants: heldGrants,
    isFederationAdmin,
    adminUnitIds: isFederationAdmin
      ? [ROOT_UNIT_ID]
      : heldGrants.filter((grant) => grant.role === 'unit_admin').map((grant) => grant.unitId),
  };
}

export function administers(authority: Authority, unitPath: readonly string[]): boolean {
  return authority.isFederationAdmin || authority.adminUnitIds.some((unitId) => unitPath.includes(unitId));
}
