import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { loadAuthority } from '../../../platform/authority';
import { db } from '../../../platform/cloud';
import { COLLECTIONS } from '../../../platform/records';
import { describeMe } from '../../../platform/views';

export const updateProfile = defineAction('account', 'updateProfile', {
  access: activeMember,
  async run({ name, staffNo }, caller) {
    const { member } = await caller.authority();
    await db
      .collection(COLLECTIONS.members)
      .doc(member!._id)
      .update({ data: { name, staffNo: staffNo || null } });
    return describeMe(caller.openid, await loadAuthority(caller.openid));
  },
});
