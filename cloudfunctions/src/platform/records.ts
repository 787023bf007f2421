import type { AuditAction } from '../../shared/domain/audit';
import type { MemberStatus } from '../../shared/domain/member';
import type { GrantableRole } from '../../shared/domain/role';
import type { Unit } from '../../shared/domain/unit';

/** Documents as stored, one interface per collection declared in cloudfunctions/database.json. */
export const COLLECTIONS = {
  units: 'units',
  members: 'members',
  roles: 'roles',
  invites: 'invites',
  audit: 'audit_log',
  notices: 'notices',
} as const;

export type UnitRecord = Unit;

export interface MemberRecord {
  _id: string;
  /** The WeChat openid while active; a unique placeholder once the member left, so the openid can join again. */
  openid: string;
  name: string;
  staffNo: string | null;
  unitId: string;
  unitPath: string[];
  status: MemberStatus;
  joinedAt: Date;
  inviteId: string | null;
  leftAt?: Date;
}

export interface RoleRecord {
  _id: string;
  openid: string;
  memberId: string | null;
  role: GrantableRole;
  unitId: string;
  unitPath: string[];
  grantedBy: string;
  grantedAt: Date;
}

export interface InviteRecord {
  _id: string;
  code: string;
  unitId: string;
  unitPath: string[];
  createdBy: string;
  createdByName: string;
  createdAt: Date;
  expiresAt: Date;
  maxUses: number | null;
  uses: number;
  revokedAt: Date | null;
}

export interface AuditRecord {
  _id?: string;
  at: Date;
  action: AuditAction;
  actorOpenid: string;
  actorName: string;
  /** The unit whose subtree the change happened in, so each admin sees the log of their own scope. */
  unitPath: string[];
  details: AuditDetails;
}

/** What an entry is about; names are kept here, not in free text, so erasing a person can reach them. */
export interface AuditDetails {
  memberId?: string;
  memberName?: string;
  unitName?: string;
  toUnitName?: string;
  role?: GrantableRole;
  code?: string;
  count?: number;
}

export const departedOpenid = (memberId: string) => `departed:${memberId}`;
