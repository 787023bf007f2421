import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { loadUnitsById, unitById } from '../../../platform/directory-lookup';
import { pageOf } from '../../../platform/paging';
import { NOTICE_COLLECTIONS, NOTICE_LIST_FIELDS, type ListedNotice } from '../records';
import { unitPath } from '../scope';
import { managedNotice } from '../views';

/** The notices an admin follows up on in a unit's subtree: sent into it, or to a unit it lies in. */
export const listForUnit = defineAction('notices', 'listForUnit', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId, cursor, limit }) {
    const _ = db.command;
    const unit = await unitById(unitId);
    const page = await pageOf<ListedNotice>({
      collection: NOTICE_COLLECTIONS.notices,
      where: _.and([
        { status: 'published' },
        _.or([{ audienceUnitIds: unit._id }, { targetUnitIds: _.in(unit.path) }]),
      ]),
      orderBy: 'publishedAt',
      direction: 'desc',
      cursor,
      limit,
      fields: NOTICE_LIST_FIELDS,
    });
    const units = await loadUnitsById(page.items.flatMap((notice) => notice.targetUnitIds));
    return { items: page.items.map((notice) => managedNotice(notice, units)), nextCursor: page.nextCursor };
  },
});
