import type { ParsedInput } from '../../../../shared/contract';
import type { SheetEntry } from '../../../../shared/sessions/sheet';
import { defineAction } from '../../../platform/action';
import { iso } from '../../../platform/directory-views';
import { sessionAdmin } from '../access';
import { encodeCursor } from '../cursor';
import { perInput } from '../per-input';
import { requireFound } from '../session-load';
import { sheetCounts } from '../sheet-counts';
import { readSheet, type ListRow } from '../sheet-read';
import { sessionView } from '../views';

const sheetOfInput = perInput(
  async ({ sessionId, list, cursor, limit }: ParsedInput<'sessions', 'attendance'>) =>
    requireFound(await readSheet(sessionId, { kind: list, cursor, limit })),
);

const time = (value: Date | string | null | undefined) => (value ? iso(value) : null);

function entry(row: ListRow): SheetEntry {
  const isLeave = row.reason !== undefined;
  const person = row.member?.[0];
  return {
    memberId: row.memberId ?? row._id,
    name: person?.name ?? row.name ?? '（已删除的成员）',
    unitName: row.unit?.[0]?.name ?? '',
    at: time(isLeave ? row.requestedAt : row.checkedInAt),
    checkedOutAt: time(row.checkedOutAt),
    note: (isLeave ? row.reason : row.manualReason) ?? null,
    leaveId: isLeave ? row._id : null,
  };
}

function sortValue(row: ListRow): number | null {
  const value = row.reason !== undefined ? row.requestedAt : row.checkedInAt;
  return value ? new Date(value).getTime() : null;
}

/**
 * The live sheet: the counts (present, late, on leave, manual, not yet — absent once it is over) and one
 * page of the list behind one of them. Two database requests per refresh, however many attend.
 */
export const attendance = defineAction('sessions', 'attendance', {
  access: sessionAdmin(async (input) => (await sheetOfInput(input)).session),
  async run(input) {
    const now = Date.now();
    const data = await sheetOfInput(input);
    const rows = data.rows.slice(0, input.limit);
    const last = rows[rows.length - 1];
    const more = data.rows.length > input.limit && last;
    return {
      session: sessionView(data.session, data.unitName, now),
      counts: sheetCounts(data),
      ended: new Date(data.session.endAt).getTime() <= now,
      list: {
        kind: input.list,
        items: rows.map(entry),
        nextCursor: more
          ? encodeCursor({ at: input.list === 'not_yet' ? null : sortValue(last), id: last._id })
          : null,
      },
    };
  },
});
