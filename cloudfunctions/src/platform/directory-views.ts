import type { MemberView } from '../../shared/org/member';
import type { RoleGrantView } from '../../shared/org/role';
import { ROOT_UNIT_ID, type Unit } from '../../shared/org/unit';
import type { MemberRecord, RoleRecord, UnitRecord } from './directory';
import { unitName } from './directory-lookup';

type Units = Map<string, UnitRecord>;

export const iso = (value: Date | string) => new Date(value).toISOString();

export function memberView(member: MemberRecord, units: Units): MemberView {
  return {
    _id: member._id,
    name: member.name,
    staffNo: member.staffNo,
    unitId: member.unitId,
    unitName: unitName(units, member.unitId),
    joinedAt: iso(member.joinedAt),
  };
}

export function grantView(grant: RoleRecord, units: Units, memberName: string): RoleGrantView {
  return {
    _id: grant._id,
    memberId: grant.memberId,
    memberName,
    role: grant.role,
    unitId: grant.unitId,
    unitName: unitName(units, grant.unitId),
    grantedAt: iso(grant.grantedAt),
    fromConfiguration: false,
  };
}

/** The federation admin role of someone named in the deployment's configuration: it has no record to revoke. */
export function configuredFederationGrant(
  memberId: string | null,
  memberName: string,
  units: Units,
): RoleGrantView {
  return {
    _id: 'configured-federation-admin',
    memberId,
    memberName,
    role: 'federation_admin',
    unitId: ROOT_UNIT_ID,
    unitName: unitName(units, ROOT_UNIT_ID),
    grantedAt: new Date(0).toISOString(),
    fromConfiguration: true,
  };
}

/** A unit as the client sees it, without storage details such as the import that wrote it. */
export function unitView({ _id, name, kind, parentId, path, depth, code }: UnitRecord): Unit {
  return { _id, name, kind, parentId, path, depth, code };
}
