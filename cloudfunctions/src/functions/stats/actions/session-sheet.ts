import { defineAction } from '../../../platform/action';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { iso } from '../../../platform/directory-views';
import { pageOf } from '../../../platform/paging';
import { sessionAdmin, sessionOfInput } from '../access';
import { sheetRows, sheetTotals, subtreeMembersWhere } from '../session-sheet';

/**
 * A session's attendance sheet: everyone expected (the active members of its unit's subtree) with their
 * status and times, 20 a page, and the totals with the attendance rate. The same number of requests for 10
 * people or 10,000.
 */
export const sessionSheet = defineAction('stats', 'sessionSheet', {
  access: sessionAdmin,
  async run(input) {
    const now = Date.now();
    const session = await sessionOfInput(input);
    const ended = new Date(session.endAt).getTime() <= now;
    const [totals, page] = await Promise.all([
      sheetTotals(session),
      pageOf<MemberRecord>({
        collection: DIRECTORY.members,
        where: subtreeMembersWhere(session),
        orderBy: 'joinedAt',
        direction: 'asc',
        cursor: input.cursor,
        limit: input.limit,
        fields: { name: true, unitId: true },
      }),
    ]);
    const units = await loadUnitsById([session.unitId, ...page.items.map((member) => member.unitId)]);
    const items = await sheetRows(session, page.items, units, ended);
    return {
      session: {
        _id: session._id,
        title: session.title,
        kind: session.kind,
        unitId: session.unitId,
        unitName: units.get(session.unitId)?.name ?? '（已删除的单位）',
        place: session.place,
        startAt: iso(session.startAt),
        endAt: iso(session.endAt),
        ended,
      },
      totals,
      items,
      nextCursor: page.nextCursor,
    };
  },
});
