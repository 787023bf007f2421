import type { CursorPage } from '../../shared/platform/schema';
import { AppError } from '../../shared/errors';
import { db } from './cloud';
import { rows } from './query';

interface Position {
  /** The sort field's value of the last item shown (a Date travels as its time). */
  value: string | number | { date: number } | null;
  id: string;
}

const encode = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url');

/** A sort value as `encode` writes it: a string, a finite number, a time, or none. */
const isPositionValue = (value: unknown): boolean =>
  value === null ||
  typeof value === 'string' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    Number.isFinite((value as { date?: unknown }).date) &&
    !Number.isNaN(new Date((value as { date: number }).date).getTime()));

function decode(cursor: string): Position {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Position;
    // A forged position (an operator object, an impossible date) must never reach the query.
    if (typeof position?.id !== 'string' || !isPositionValue(position.value)) throw new Error('malformed');
    return position;
  } catch {
    throw new AppError('INVALID_INPUT', '分页位置无效，请刷新后重试');
  }
}

const toStored = (value: Position['value']) =>
  value !== null && typeof value === 'object' ? new Date(value.date) : value;
const toPosition = (value: unknown): Position['value'] => {
  if (value instanceof Date) return { date: value.getTime() };
  if (typeof value === 'string' || typeof value === 'number') return value;
  return null;
};

export interface PageQuery {
  collection: string;
  /** The list's scope, e.g. `{ unitPath: unitId }` or a command; the cursor only moves within it. */
  where: object;
  orderBy: string;
  direction: 'asc' | 'desc';
  cursor?: string;
  limit: number;
  /** Only these fields (with `_id` and the sort field), e.g. a list that leaves out long texts. */
  fields?: Record<string, true>;
}

/**
 * One page of a list ordered by a field and then `_id`, continuing after the cursor's position: the cost
 * of every page is the page, however deep the list (no skip over what was already shown).
 */
export async function pageOf<T extends { _id: string }>(query: PageQuery): Promise<CursorPage<T>> {
  const _ = db.command;
  const after = query.direction === 'desc' ? _.lt : _.gt;
  let where: unknown = query.where;
  if (query.cursor) {
    const { value, id } = decode(query.cursor);
    const stored = toStored(value);
    where = _.and([
      query.where,
      _.or([{ [query.orderBy]: after(stored) }, { [query.orderBy]: stored, _id: after(id) }]),
    ]);
  }
  const ordered = db
    .collection(query.collection)
    .where(where as object)
    .orderBy(query.orderBy, query.direction)
    .orderBy('_id', query.direction)
    .limit(query.limit + 1);
  const found = await rows<T>(
    query.fields ? ordered.field({ ...query.fields, [query.orderBy]: true }) : ordered,
  );
  const items = found.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      found.length > query.limit && last
        ? encode({ value: toPosition((last as Record<string, unknown>)[query.orderBy]), id: last._id })
        : null,
  };
}
