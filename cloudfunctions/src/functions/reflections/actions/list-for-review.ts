import type { ReflectionStatus } from '../../../../shared/reflections/status';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { pageOf } from '../../../platform/paging';
import { COLLECTIONS, type ReflectionRecord } from '../records';
import { unitPathOf } from '../scope';
import { viewerOf, viewsOf } from '../views';

/** The queue is worked oldest first; what was decided is looked back on newest first. */
const ORDER: Record<
  Exclude<ReflectionStatus, 'draft'>,
  { field: keyof ReflectionRecord; direction: 'asc' | 'desc' }
> = {
  submitted: { field: 'submittedAt', direction: 'asc' },
  returned: { field: 'reviewedAt', direction: 'desc' },
  published: { field: 'publishedAt', direction: 'desc' },
  featured: { field: 'featuredAt', direction: 'desc' },
};

export const listForReview = defineAction('reflections', 'listForReview', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPathOf(unitId)]),
  async run({ unitId, status, cursor, limit }, caller) {
    const order = ORDER[status];
    const page = await pageOf<ReflectionRecord>({
      collection: COLLECTIONS.reflections,
      // unitPath holds every ancestor, so one equality selects the whole subtree.
      where: { unitPath: unitId, status },
      orderBy: order.field,
      direction: order.direction,
      cursor,
      limit,
    });
    return {
      items: await viewsOf(page.items, viewerOf(await caller.authority())),
      nextCursor: page.nextCursor,
    };
  },
});
