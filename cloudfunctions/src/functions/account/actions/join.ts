import { AppError } from '../../../../shared/errors';
import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { loadAuthority } from '../../../platform/authority';
import { command } from '../../../platform/cloud';
import { newId } from '../../../platform/ids';
import { inTransaction } from '../../../platform/transaction';
import { COLLECTIONS, type InviteRecord, type MemberRecord } from '../../../platform/records';
import { describeMe } from '../../../platform/views';
import { assertInviteUsable, findInviteByCode } from '../invite-by-code';

const DUPLICATE_KEY = -502001;

export const join = defineAction('account', 'join', {
  access: signedIn,
  async run({ code, name, staffNo }, caller) {
    if ((await caller.authority()).member) throw new AppError('ALREADY_MEMBER');
    const { _id: inviteId } = await findInviteByCode(code);
    try {
      // The use count and the membership commit together, so a use limit holds under concurrent joins.
      await inTransaction(async (transaction) => {
        const invite = (await transaction.collection(COLLECTIONS.invites).doc(inviteId).get())
          .data as InviteRecord;
        assertInviteUsable(invite, new Date());
        await transaction
          .collection(COLLECTIONS.invites)
          .doc(inviteId)
          .update({ data: { uses: command.inc(1) } });
        const member: MemberRecord = {
          _id: newId('member'),
          openid: caller.openid,
          name,
          staffNo: staffNo || null,
          unitId: invite.unitId,
          unitPath: invite.unitPath,
          status: 'active',
          joinedAt: new Date(),
          inviteId,
        };
        await transaction.collection(COLLECTIONS.members).add({ data: member });
      });
    } catch (error) {
      if ((error as { errCode?: number }).errCode === DUPLICATE_KEY) throw new AppError('ALREADY_MEMBER');
      throw error;
    }
    return describeMe(caller.openid, await loadAuthority(caller.openid));
  },
});
