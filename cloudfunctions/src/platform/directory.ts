import type { MemberStatus } from '../../shared/org/member';
import type { GrantableRole } from '../../shared/org/role';
import type { Unit } from '../../shared/org/unit';

/**
 * The organisation every domain reads: the unit tree, who belongs where, who administers what, and the
 * invites people join by. Collections as declared in cloudfunctions/database.json.
 */
export const DIRECTORY = {
  units: 'units',
  members: 'members',
  roles: 'roles',
  invites: 'invites',
  unitImports: 'unit_imports',
  inviteQuotas: 'invite_quotas',
} as const;

/** A unit as stored: written by an import, it stays invisible until that import is done (see unit-visibility). */
export type UnitRecord = Unit & { importId?: string };

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
  /**
   * The member's role grants, kept on the member too: authority is one read, and removal and granting
   * write the same document, so they conflict as they must. The roles collection holds the full grants.
   */
  grants?: HeldGrant[];
  /** The openid a removed member had, so deleting the account can still find this record. */
  formerOpenid?: string;
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
  /** Enforced by the invite's quota shards (invite_quotas); how many joined is counted from memberships. */
  maxUses: number | null;
  revokedAt: Date | null;
}

export interface HeldGrant {
  grantId: string;
  role: GrantableRole;
  unitId: string;
}

export const heldGrant = (grant: RoleRecord): HeldGrant => ({
  grantId: grant._id,
  role: grant.role,
  unitId: grant.unitId,
});

export const departedOpenid = (memberId: string) => `departed:${memberId}`;

/**
 * One import of a units file. Its units are written tagged with the import's id and stay invisible until
 * this record says `done`; a `pending` one past its lease (or retried by the same person) is taken back.
 */
export interface UnitImportRecord {
  _id: string;
  status: 'pending' | 'abandoned' | 'done';
  fileName: string;
  count: number;
  startedAt: Date;
  leaseUntil: Date;
  actorOpenid: string;
}
