import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { loadAuthority } from '../../../platform/authority';
import { db } from '../../../platform/cloud';
import { loadUnits } from '../../../platform/lookup';
import { COLLECTIONS } from '../../../platform/records';
import { meView } from '../../../platform/views';

export const updateProfile = defineAction('account', 'updateProfile', {
  access: activeMember,
  async run({ name, staffNo }, caller) {
    const { member } = await caller.authority();
    await db
      .collection(COLLECTIONS.members)
      .doc(member!._id)
      .update({ data: { name, staffNo: staffNo || null } });
    const [authority, units] = await Promise.all([loadAuthority(caller.openid), loadUnits()]);
    return meView(caller.openid, authority, units);
  },
});
