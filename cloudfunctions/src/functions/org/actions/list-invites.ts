import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { DIRECTORY, type InviteRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { rows } from '../../../platform/query';
import { countInviteUses } from '../invite-uses';
import { unitPath } from '../scope';
import { inviteView } from '../views';

export const listInvites = defineAction('org', 'listInvites', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId }) {
    const invites = await rows<InviteRecord>(
      db.collection(DIRECTORY.invites).where({ unitPath: unitId }).orderBy('createdAt', 'desc').limit(100),
    );
    const [units, uses] = await Promise.all([
      loadUnitsById(invites.map((invite) => invite.unitId)),
      countInviteUses(invites.map((invite) => invite._id)),
    ]);
    const now = new Date();
    return invites.map((invite) => inviteView(invite, units, now, uses.get(invite._id) ?? 0));
  },
});
