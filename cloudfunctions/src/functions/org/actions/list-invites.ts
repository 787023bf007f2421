import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { loadUnitsById } from '../../../platform/lookup';
import { rows } from '../../../platform/query';
import { COLLECTIONS, type InviteRecord } from '../../../platform/records';
import { inviteView } from '../../../platform/views';
import { unitPath } from '../scope';

export const listInvites = defineAction('org', 'listInvites', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId }) {
    const invites = await rows<InviteRecord>(
      db.collection(COLLECTIONS.invites).where({ unitPath: unitId }).orderBy('createdAt', 'desc').limit(100),
    );
    const units = await loadUnitsById(invites.map((invite) => invite.unitId));
    const now = new Date();
    return invites.map((invite) => inviteView(invite, units, now));
  },
});
