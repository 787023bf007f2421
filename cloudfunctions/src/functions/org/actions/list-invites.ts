import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { loadUnits } from '../../../platform/lookup';
import { rows } from '../../../platform/query';
import { COLLECTIONS, type InviteRecord } from '../../../platform/records';
import { inviteView } from '../../../platform/views';
import { unitPath } from '../scope';

export const listInvites = defineAction('org', 'listInvites', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId }) {
    const [invites, units] = await Promise.all([
      rows<InviteRecord>(
        db
          .collection(COLLECTIONS.invites)
          .where({ unitPath: unitId })
          .orderBy('createdAt', 'desc')
          .limit(100),
      ),
      loadUnits(),
    ]);
    const now = new Date();
    return invites.map((invite) => inviteView(invite, units, now));
  },
});
