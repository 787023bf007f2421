import { chinaDate, chinaDayStart } from '../../../../shared/platform/china-time';
import { HANDED_IN_STATUSES, LISTED_STATUSES } from '../../../../shared/reflections/status';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import type { MemberRecord } from '../../../platform/directory';
import { countOf } from '../../../platform/query';
import { COLLECTIONS } from '../records';

/** The member's own figures for this China calendar year: indexed counts of their own reflections. */
export const mySummary = defineAction('reflections', 'mySummary', {
  access: activeMember,
  async run(_input, caller) {
    const member = (await caller.authority()).member as MemberRecord;
    const year = Number(chinaDate(new Date()).slice(0, 4));
    const _ = db.command;
    const within = _.gte(chinaDayStart(`${year}-01-01`)).and(_.lt(chinaDayStart(`${year + 1}-01-01`)));
    const reflections = db.collection(COLLECTIONS.reflections);
    const [handedIn, published, featured] = await Promise.all([
      countOf(
        reflections.where({
          memberId: member._id,
          status: _.in([...HANDED_IN_STATUSES]),
          firstSubmittedAt: within,
        }),
      ),
      countOf(
        reflections.where({ memberId: member._id, status: _.in([...LISTED_STATUSES]), publishedAt: within }),
      ),
      countOf(reflections.where({ memberId: member._id, status: 'featured', featuredAt: within })),
    ]);
    return { year, handedIn, published, featured };
  },
});
