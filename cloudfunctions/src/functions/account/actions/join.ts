import { AppError } from '../../../../shared/errors';
import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { loadAuthority } from '../../../platform/authority';
import { DIRECTORY, type InviteRecord, type MemberRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { newId } from '../../../platform/ids';
import { countMembership } from '../../../platform/membership-counts';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { describeMe } from '../describe-me';
import { assertInviteUsable, findInviteByCode } from '../invite-by-code';
import { claimInviteUse } from '../invite-quota';
import { assertStaffNoFree } from '../staff-number';

/**
 * The membership and its audit entry commit together. An invite without a use limit is only read, so a
 * whole workshop joining with one code at once never contends; a limited one takes a use from its quota
 * shards in the same transaction, so the limit holds. A second join of the same person meets the unique
 * openid index and is answered ALREADY_MEMBER.
 */
export const join = defineAction('account', 'join', {
  access: signedIn,
  async run({ code, name, staffNo }, caller) {
    if ((await caller.authority()).member) throw new AppError('ALREADY_MEMBER');
    const found = await findInviteByCode(code, caller.openid);
    assertInviteUsable(found, new Date(), 0);
    await assertStaffNoFree(found.unitId, staffNo || null);
    const units = await loadUnitsById([found.unitId]);
    const memberId = newId('member');
    await atomically(
      async (transaction) => {
        const invite = await readInTransaction<InviteRecord>(transaction, DIRECTORY.invites, found._id);
        if (!invite) throw new AppError('INVITE_INVALID');
        assertInviteUsable(invite, new Date(), 0);
        if (invite.maxUses !== null) await claimInviteUse(transaction, invite._id, invite.maxUses);
        const member: MemberRecord = {
          _id: memberId,
          openid: caller.openid,
          name,
          staffNo: staffNo || null,
          unitId: invite.unitId,
          unitPath: invite.unitPath,
          status: 'active',
          joinedAt: new Date(),
          inviteId: invite._id,
          grants: [],
        };
        await transaction.collection(DIRECTORY.members).add({ data: member });
        await countMembership(transaction, member, 1);
        await writeAudit(transaction, {
          action: 'member.join',
          actor: { openid: caller.openid, name },
          unitPath: invite.unitPath,
          details: {
            memberId,
            memberName: name,
            unitName: units.get(invite.unitId)?.name,
            code: invite.code,
          },
        });
      },
      { onDuplicate: () => new AppError('ALREADY_MEMBER') },
    );
    return describeMe(caller.openid, await loadAuthority(caller.openid));
  },
});
