import { ROOT_UNIT_ID } from '../../shared/org/unit';
import { db } from './cloud';
import { rows } from './query';
import { DIRECTORY, type HeldGrant, type MemberRecord } from './directory';

export interface Authority {
  member: MemberRecord | null;
  /** Grants count only while their holder belongs to a unit: removal takes them in the same transaction. */
  grants: HeldGrant[];
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

/** Who the caller is and what they administer, in one read: the membership carries its grants. */
export async function loadAuthority(openid: string): Promise<Authority> {
  const [member = null] = await rows<MemberRecord>(
    db.collection(DIRECTORY.members).where({ openid, status: 'active' }).limit(1),
  );
  const heldGrants = member?.grants ?? [];
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
