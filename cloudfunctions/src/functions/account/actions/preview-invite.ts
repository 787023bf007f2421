import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { loadUnitsById, pathNames, unitName } from '../../../platform/directory-lookup';
import { assertInviteUsable, findInviteByCode } from '../invite-by-code';

export const previewInvite = defineAction('account', 'previewInvite', {
  access: signedIn,
  async run({ code }, caller) {
    const invite = await findInviteByCode(code, caller.openid);
    assertInviteUsable(invite, new Date());
    const units = await loadUnitsById(invite.unitPath);
    return {
      unitName: unitName(units, invite.unitId),
      unitPathNames: pathNames(units, invite.unitPath),
      expiresAt: new Date(invite.expiresAt).toISOString(),
    };
  },
});
