import { inviteProblem } from '../../../shared/org/invite';
import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { DIRECTORY, type InviteRecord } from '../../platform/directory';
import { rows } from '../../platform/query';
import { rateLimiter, type RateLimit } from '../../platform/rate-limit';

/** Wrong codes a person may type before we stop answering for a while: guessing 8 letters needs millions. */
export const WRONG_CODES: RateLimit = {
  name: 'invite-code-miss',
  limit: 10,
  windowMs: 10 * 60 * 1000,
  message: '邀请码输错次数过多',
};

/** `uses` as counted so far; a join passes 0 and leaves the limit to its quota claim. */
export function assertInviteUsable(invite: InviteRecord, now: Date, uses: number): void {
  const problem = inviteProblem(
    {
      expiresAt: new Date(invite.expiresAt),
      maxUses: invite.maxUses,
      uses,
      revokedAt: invite.revokedAt ? new Date(invite.revokedAt) : null,
    },
    now,
  );
  if (problem) throw new AppError(problem);
}

/**
 * The invite a person typed or scanned; every miss counts towards their limit of wrong codes. Each code is
 * counted before it is looked up and a right one gives its count back, so even 100 guesses sent at once
 * (CloudBase starts an instance for each) have at most the limit looked up.
 */
export async function findInviteByCode(code: string, openid: string): Promise<InviteRecord> {
  const now = Date.now();
  await rateLimiter.take(WRONG_CODES, openid, now);
  const [invite] = await rows<InviteRecord>(db.collection(DIRECTORY.invites).where({ code }).limit(1));
  if (!invite) throw new AppError('INVITE_INVALID', '邀请码不存在，请核对后重新输入');
  await rateLimiter.giveBack(WRONG_CODES, openid, now);
  return invite;
}
