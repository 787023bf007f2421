import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import type { MemberRecord } from '../../../platform/directory';
import { pageOf } from '../../../platform/paging';
import { COLLECTIONS, type ReflectionRecord } from '../records';
import { cardsOf, viewerOf } from '../views';

export const listMine = defineAction('reflections', 'listMine', {
  access: activeMember,
  async run({ cursor, limit }, caller) {
    const authority = await caller.authority();
    const member = authority.member as MemberRecord;
    const page = await pageOf<ReflectionRecord>({
      collection: COLLECTIONS.reflections,
      where: { memberId: member._id },
      orderBy: 'createdAt',
      direction: 'desc',
      cursor,
      limit,
    });
    return { items: await cardsOf(page.items, viewerOf(authority)), nextCursor: page.nextCursor };
  },
});
