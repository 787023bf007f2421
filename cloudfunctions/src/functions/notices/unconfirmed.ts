import { AppError } from '../../../shared/errors';
import type { UnconfirmedReader } from '../../../shared/notices/notice';
import type { CursorPage } from '../../../shared/platform/schema';
import { db } from '../../platform/cloud';
import { DIRECTORY, type UnitRecord } from '../../platform/directory';
import { NOTICE_COLLECTIONS, type NoticeRecord } from './records';
import { expectedReaders, listOf } from './subtree';

interface Position {
  unitId: string;
  id: string;
}

const encode = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url');

function decode(cursor: string): Position {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Position;
    if (typeof position?.unitId !== 'string' || typeof position.id !== 'string') throw new Error('shape');
    return position;
  } catch {
    throw new AppError('INVALID_INPUT', '分页位置无效，请刷新后重试');
  }
}

export interface UnconfirmedMember extends UnconfirmedReader {
  openid: string;
}

interface Row {
  _id: string;
  openid: string;
  name: string;
  unitId: string;
  receipt: { progress: number; confirmed: boolean }[];
  unit: { name: string }[];
}

/**
 * Members of the subtree the notice is sent to who have not confirmed it, by unit and then member, after
 * the cursor: one aggregation that joins each member to their receipt by its id (notice + member) and to
 * their unit's name, so a page costs one request however many have already confirmed.
 */
export async function unconfirmedPage(
  notice: Pick<NoticeRecord, '_id' | 'targetUnitIds'>,
  unit: UnitRecord,
  cursor: string | undefined,
  limit: number,
): Promise<CursorPage<UnconfirmedMember>> {
  const _ = db.command;
  const $ = _.aggregate;
  const after = cursor ? decode(cursor) : null;
  const scope = expectedReaders(notice, unit);
  const rows = await listOf<Row>(
    db
      .collection(DIRECTORY.members)
      .aggregate()
      .match(
        after
          ? _.and([
              scope,
              _.or([{ unitId: _.gt(after.unitId) }, { unitId: after.unitId, _id: _.gt(after.id) }]),
            ])
          : scope,
      )
      .sort({ unitId: 1, _id: 1 })
      .project({ openid: 1, name: 1, unitId: 1, receiptId: $.concat([notice._id, ':', '$_id']) })
      .lookup({
        from: NOTICE_COLLECTIONS.receipts,
        localField: 'receiptId',
        foreignField: '_id',
        as: 'receipt',
      })
      .match({ 'receipt.confirmed': _.neq(true) })
      .limit(limit + 1)
      .lookup({ from: DIRECTORY.units, localField: 'unitId', foreignField: '_id', as: 'unit' }),
  );
  const items = rows.slice(0, limit).map((row) => ({
    memberId: row._id,
    openid: row.openid,
    name: row.name,
    unitName: row.unit[0]?.name ?? '（已删除的单位）',
    progress: row.receipt[0]?.progress ?? 0,
  }));
  const last = rows.length > limit ? rows[limit - 1] : null;
  return { items, nextCursor: last ? encode({ unitId: last.unitId, id: last._id }) : null };
}

/** Everyone in the subtree who has not confirmed, page by page (a reminder goes to all of them). */
export async function* allUnconfirmed(
  notice: Pick<NoticeRecord, '_id' | 'targetUnitIds'>,
  unit: UnitRecord,
  pageSize = 500,
): AsyncGenerator<UnconfirmedMember[]> {
  let cursor: string | undefined;
  do {
    const page = await unconfirmedPage(notice, unit, cursor, pageSize);
    if (page.items.length) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
