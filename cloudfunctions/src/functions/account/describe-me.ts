import type { Me } from '../../../shared/contract';
import { ROOT_UNIT_ID } from '../../../shared/org/unit';
import { configuredFederationAdmins, type Authority } from '../../platform/authority';
import { db } from '../../platform/cloud';
import { DIRECTORY, type RoleRecord } from '../../platform/directory';
import { rows } from '../../platform/query';
import { loadUnitsById, pathNames, unitName } from '../../platform/directory-lookup';
import { configuredFederationGrant, grantView, memberView } from '../../platform/directory-views';

/** The caller's own view: profile, unit path and roles, with just the units it names. */
export async function describeMe(openid: string, authority: Authority): Promise<Me> {
  const grantIds = authority.grants.map((grant) => grant.grantId);
  const grants = grantIds.length
    ? await rows<RoleRecord>(
        db
          .collection(DIRECTORY.roles)
          .where({ _id: db.command.in(grantIds) })
          .limit(100),
      )
    : [];
  const units = await loadUnitsById([
    ...(authority.member?.unitPath ?? []),
    ...authority.grants.map((grant) => grant.unitId),
    ...authority.adminUnitIds,
    ROOT_UNIT_ID,
  ]);
  const member = authority.member;
  const name = member?.name ?? '';
  const roles = grants.map((grant) => grantView(grant, units, name));
  if (configuredFederationAdmins().includes(openid)) {
    roles.unshift(configuredFederationGrant(member?._id ?? null, name, units));
  }
  return {
    member: member ? memberView(member, units) : null,
    unitPathNames: member ? pathNames(units, member.unitPath) : [],
    roles,
    isFederationAdmin: authority.isFederationAdmin,
    adminUnits: authority.adminUnitIds.map((unitId) => ({ unitId, unitName: unitName(units, unitId) })),
  };
}
