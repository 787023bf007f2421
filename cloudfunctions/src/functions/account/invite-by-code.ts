import { inviteProblem } from '../../../shared/domain/invite';
import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { rows } from '../../platform/query';
import { COLLECTIONS, type InviteRecord } from '../../platform/records';

export function assertInviteUsable(invite: InviteRecord, now: Date): void {
  const problem = inviteProblem(
    {
      expiresAt: new Date(invite.expiresAt),
      maxUses: invite.maxUses,
      uses: invite.uses,
      revokedAt: invite.revokedAt ? new Date(invite.revokedAt) : null,
    },
    now,
  );
  if (problem) throw new AppError(problem);
}

export async function findInviteByCode(code: string): Promise<InviteRecord> {
  const [invite] = await rows<InviteRecord>(db.collection(COLLECTIONS.invites).where({ code }).limit(1));
  if (!invite) throw new AppError('INVITE_INVALID', '邀请码不存在，请核对后重新输入');
  return invite;
}
