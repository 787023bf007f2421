import { inviteProblem, JOIN_PAGE, type InviteView } from '../../../shared/org/invite';
import type { InviteRecord, UnitRecord } from '../../platform/directory';
import { unitName } from '../../platform/directory-lookup';
import { iso } from '../../platform/directory-views';

const INVITE_STATUS = {
  INVITE_REVOKED: 'revoked',
  INVITE_EXPIRED: 'expired',
  INVITE_USED_UP: 'used_up',
} as const;

/** `uses` is how many people joined with it, counted from their memberships. */
export function inviteView(
  invite: InviteRecord,
  units: Map<string, UnitRecord>,
  now: Date,
  uses: number,
): InviteView {
  const problem = inviteProblem(
    {
      ...invite,
      uses,
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
    uses,
    revokedAt: invite.revokedAt ? iso(invite.revokedAt) : null,
    createdByName: invite.createdByName,
    joinPath: `${JOIN_PAGE}?code=${invite.code}`,
    status: problem ? INVITE_STATUS[problem as keyof typeof INVITE_STATUS] : 'valid',
  };
}
