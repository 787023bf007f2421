import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { loadUnitsById, unitName } from '../../../platform/directory-lookup';
import { pageOf } from '../../../platform/paging';
import { personRecords } from '../mine';
import { myState } from '../my-state';
import { SESSION_COLLECTIONS, type SessionRecord } from '../records';
import { requireFound } from '../session-load';
import { sessionView } from '../views';

/**
 * The member's sessions: those of their unit and every unit above it (each is for the whole subtree), the
 * coming ones soonest first (running ones included), the past ones latest first, each with their own state.
 */
export const listMine = defineAction('sessions', 'listMine', {
  access: activeMember,
  async run({ when, cursor, limit }, caller) {
    const member = requireFound((await caller.authority()).member, '成员');
    const now = Date.now();
    const _ = db.command;
    const page = await pageOf<SessionRecord>({
      collection: SESSION_COLLECTIONS.sessions,
      where: {
        unitId: _.in(member.unitPath),
        endAt: when === 'upcoming' ? _.gt(new Date(now)) : _.lte(new Date(now)),
      },
      orderBy: 'startAt',
      direction: when === 'upcoming' ? 'asc' : 'desc',
      cursor,
      limit,
    });
    const [records, units] = await Promise.all([
      personRecords(page.items, member._id),
      loadUnitsById(page.items.map((session) => session.unitId)),
    ]);
    return {
      items: page.items.map((session) => ({
        session: sessionView(session, unitName(units, session.unitId), now),
        state: myState(session, records, now),
      })),
      nextCursor: page.nextCursor,
    };
  },
});
