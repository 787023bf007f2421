import { signedIn } from '../../../platform/access';
import { db } from '../../../platform/cloud';
import { DIRECTORY } from '../../../platform/directory';
import { countOf } from '../../../platform/query';
import { defineAction } from '../../../platform/action';
import { loadUnitsById, pathNames, unitName } from '../../../platform/directory-lookup';
import { assertInviteUsable, findInviteByCode } from '../invite-by-code';

export const previewInvite = defineAction('account', 'previewInvite', {
  access: signedIn,
  async run({ code }, caller) {
    const invite = await findInviteByCode(code, caller.openid);
    const uses =
      invite.maxUses === null
        ? 0
        : await countOf(db.collection(DIRECTORY.members).where({ inviteId: invite._id }));
    assertInviteUsable(invite, new Date(), uses);
    const units = await loadUnitsById(invite.unitPath);
    return {
      unitName: unitName(units, invite.unitId),
      unitPathNames: pathNames(units, invite.unitPath),
      expiresAt: new Date(invite.expiresAt).toISOString(),
    };
  },
});
