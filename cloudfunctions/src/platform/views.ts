import type { Me } from '../../shared/contract';
import { inviteProblem, JOIN_PAGE, type InviteView } from '../../shared/domain/invite';
import type { MemberView } from '../../shared/domain/member';
import type { RoleGrantView } from '../../shared/domain/role';
import { ROOT_UNIT_ID } from '../../shared/domain/unit';
import type { Authority } from './authority';
import { configuredFederationAdmins } from './authority';
import { loadUnitsById, pathNames, unitName } from './lookup';
import type { InviteRecord, MemberRecord, RoleRecord, UnitRecord } from './records';

type Units = Map<string, UnitRecord>;

const iso = (value: Date | string) => new Date(value).toISOString();

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

const INVITE_STATUS = {
  INVITE_REVOKED: 'revoked',
  INVITE_EXPIRED: 'expired',
  INVITE_USED_UP: 'used_up',
} as const;

export function inviteView(invite: InviteRecord, units: Units, now: Date): InviteView {
  const problem = inviteProblem(
    {
      ...invite,
      expiresAt: new Date(invite.expiresAt),
      revokedAt: invite.revokedAt ? new Date(invite.revokedAt) : null,
    },
    now,
  );
  return {
    _id: invite._id,
    code: invite.code,
    unitId: invite.unitId,
    unitName: unitName(units, invite.unitId),
    expiresAt: iso(invite.expiresAt),
    maxUses: invite.maxUses,
    uses: invite.uses,
    revokedAt: invite.revokedAt ? iso(invite.revokedAt) : null,
    createdByName: invite.createdByName,
    joinPath: `${JOIN_PAGE}?code=${invite.code}`,
    status: problem ? INVITE_STATUS[problem as keyof typeof INVITE_STATUS] : 'valid',
  };
}

/** The caller's own view: profile, unit path and roles, with just the units it names. */
export async function describeMe(openid: string, authority: Authority): Promise<Me> {
  const units = await loadUnitsById([
    ...(authority.member?.unitPath ?? []),
    ...authority.grants.map((grant) => grant.unitId),
    ...authority.adminUnitIds,
    ROOT_UNIT_ID,
  ]);
  return meView(openid, authority, units);
}

function meView(openid: string, authority: Authority, units: Units): Me {
  const member = authority.member;
  const name = member?.name ?? '';
  const roles = authority.grants.map((grant) => grantView(grant, units, name));
  if (configuredFederationAdmins().includes(openid)) {
    roles.unshift({
      _id: 'configured-federation-admin',
      memberId: member?._id ?? null,
      memberName: name,
      role: 'federation_admin',
      unitId: ROOT_UNIT_ID,
      unitName: unitName(units, ROOT_UNIT_ID),
      grantedAt: new Date(0).toISOString(),
      fromConfiguration: true,
    });
  }
  return {
    member: member ? memberView(member, units) : null,
    unitPathNames: member ? pathNames(units, member.unitPath) : [],
    roles,
    isFederationAdmin: authority.isFederationAdmin,
    adminUnits: authority.adminUnitIds.map((unitId) => ({ unitId, unitName: unitName(units, unitId) })),
  };
}

/** Who an audit entry names as the person acting. */
export const actorOf = (openid: string, authority: Authority) => ({
  openid,
  name: authority.member?.name ?? (authority.isFederationAdmin ? '市总工会管理员' : '管理员'),
});
