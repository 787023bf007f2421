import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { loadAuthority } from '../../../platform/authority';
import { db } from '../../../platform/cloud';
import { DIRECTORY } from '../../../platform/directory';
import { describeMe } from '../describe-me';
import { assertStaffNoFree } from '../staff-number';

export const updateProfile = defineAction('account', 'updateProfile', {
  access: activeMember,
  async run({ name, staffNo }, caller) {
    const member = (await caller.authority()).member!;
    await assertStaffNoFree(member.unitId, staffNo || null, member._id);
    await db
      .collection(DIRECTORY.members)
      .doc(member._id)
      .update({ data: { name, staffNo: staffNo || null } });
    return describeMe(caller.openid, await loadAuthority(caller.openid));
  },
});
