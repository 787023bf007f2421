import { AppError } from '../../../../shared/errors';
import { LISTED_STATUSES } from '../../../../shared/reflections/status';
import { memberOrAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { pageOf } from '../../../platform/paging';
import { COLLECTIONS, type ReflectionRecord } from '../records';
import { cardsOf, viewerOf } from '../views';

/** The unit feed: what the caller's own unit published. The city feed: what the federation featured. */
export const feed = defineAction('reflections', 'feed', {
  access: memberOrAdmin,
  async run({ scope, cursor, limit }, caller) {
    const authority = await caller.authority();
    if (scope === 'unit' && !authority.member) throw new AppError('NOT_A_MEMBER');
    const page = await pageOf<ReflectionRecord>(
      scope === 'unit'
        ? {
            collection: COLLECTIONS.reflections,
            where: { unitId: authority.member!.unitId, status: db.command.in([...LISTED_STATUSES]) },
            orderBy: 'publishedAt',
            direction: 'desc',
            cursor,
            limit,
          }
        : {
            collection: COLLECTIONS.reflections,
            where: { status: 'featured' },
            orderBy: 'featuredAt',
            direction: 'desc',
            cursor,
            limit,
          },
    );
    return { items: await cardsOf(page.items, viewerOf(authority)), nextCursor: page.nextCursor };
  },
});
