import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { loadUnitsById, unitName } from '../../../platform/directory-lookup';
import { pageOf } from '../../../platform/paging';
import { unitAdmin } from '../access';
import { SESSION_COLLECTIONS, type SessionRecord } from '../records';
import { sessionView } from '../views';

/** How many checked in at each of a page of sessions, in one grouped count over their index. */
async function checkedInBySession(sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const $ = db.command.aggregate;
  const { list } = (await db
    .collection(SESSION_COLLECTIONS.attendance)
    .aggregate()
    .match({ sessionId: db.command.in(sessionIds) })
    .group({ _id: '$sessionId', n: $.sum(1) })
    .limit(sessionIds.length)
    .end()) as { list: { _id: string; n: number }[] };
  return new Map(list.map((row) => [row._id, row.n]));
}

/** Sessions of a unit and the units below it, for its admins: coming soonest first, past latest first. */
export const listForUnit = defineAction('sessions', 'listForUnit', {
  access: unitAdmin(({ unitId }) => unitId),
  async run({ unitId, when, cursor, limit }) {
    const now = Date.now();
    const _ = db.command;
    const page = await pageOf<SessionRecord>({
      collection: SESSION_COLLECTIONS.sessions,
      where: { unitPath: unitId, endAt: when === 'upcoming' ? _.gt(new Date(now)) : _.lte(new Date(now)) },
      orderBy: 'startAt',
      direction: when === 'upcoming' ? 'asc' : 'desc',
      cursor,
      limit,
    });
    const [units, counts] = await Promise.all([
      loadUnitsById(page.items.map((session) => session.unitId)),
      checkedInBySession(page.items.map((session) => session._id)),
    ]);
    return {
      items: page.items.map((session) => ({
        session: sessionView(session, unitName(units, session.unitId), now),
        checkedIn: counts.get(session._id) ?? 0,
      })),
      nextCursor: page.nextCursor,
    };
  },
});
