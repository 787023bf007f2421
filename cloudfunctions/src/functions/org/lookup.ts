import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { DIRECTORY, type InviteRecord, type MemberRecord, type RoleRecord } from '../../platform/directory';
import { recordById } from '../../platform/directory-lookup';
import { rows } from '../../platform/query';
import { ORG_COLLECTIONS, type RoleRevocationRecord } from './records';

export const inviteById = (id: string) => recordById<InviteRecord>(DIRECTORY.invites, id, '邀请码');
export const grantById = (id: string) => recordById<RoleRecord>(DIRECTORY.roles, id, '授权');
/** A member in any state: removal and its retries act on members who may already have left. */
export const memberById = (id: string) => recordById<MemberRecord>(DIRECTORY.members, id, '成员');

/** The unit path a grant had, whether it still exists or was revoked (a revoke may be repeated). */
export async function grantOrRevocationPath(grantId: string): Promise<string[]> {
  const [[grant], [revocation]] = await Promise.all([
    rows<RoleRecord>(db.collection(DIRECTORY.roles).where({ _id: grantId }).limit(1)),
    rows<RoleRevocationRecord>(
      db.collection(ORG_COLLECTIONS.roleRevocations).where({ _id: grantId }).limit(1),
    ),
  ]);
  const path = grant?.unitPath ?? revocation?.unitPath;
  if (!path) throw new AppError('NOT_FOUND', '授权不存在或已被删除');
  return path;
}
