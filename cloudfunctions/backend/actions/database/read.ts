import { Query } from 'mingo';
import type { Doc } from '../../ejson';
import { isPlainObject, parseRequestEjson, toCanonicalEjson } from '../../ejson';
import { invalidParam } from '../../errors';
import type { DatabaseContext, Params } from './context';
import {
  clampLimit,
  docIdOf,
  findMatching,
  findMatchingInOrder,
  isDocQuery,
  parseCriteria,
  parseOffset,
  refuseWhereInTransaction,
} from './query';

export function getDocument(context: DatabaseContext, params: Params): unknown {
  const collection = context.store.requireCollection(params.collectionName);
  refuseWhereInTransaction(params);
  const now = context.clock.now();
  const criteria = parseCriteria(params, now);
  const limit = clampLimit(params.limit);
  const offset = parseOffset(params.offset);
  const projection = parseProjection(params.projection, now);
  const order = parseOrder(params.order, now);
  let docs: Doc[];
  if (isDocQuery(params)) {
    const id = docIdOf(criteria);
    const doc = params.transactionId
      ? context.transactions.read(params.transactionId, collection, id)
      : context.store.getDoc(collection, id)?.doc;
    docs = doc ? [doc] : [];
  } else {
    // Matches come in _id order, or in sort order when an index gives it: either way the read can stop once
    // the page is full. Sorting a page that is already in order leaves it as it is.
    const page = offset + limit;
    const matches = order
      ? (findMatchingInOrder(context.store, collection, criteria, order, page) ??
        findMatching(context.store, collection, criteria))
      : findMatching(context.store, collection, criteria, page);
    docs = matches.map((stored) => stored.doc);
  }
  let cursor = new Query({}).find<Doc>(docs, projection);
  if (order) cursor = cursor.sort(order);
  const list = cursor.skip(offset).limit(limit).all();
  return { data: { list: list.map(toCanonicalEjson), limit, offset } };
}

export function calculateDocument(context: DatabaseContext, params: Params): unknown {
  const collection = context.store.requireCollection(params.collectionName);
  refuseWhereInTransaction(params);
  const criteria = parseCriteria(params, context.clock.now());
  return { data: { total: findMatching(context.store, collection, criteria).length } };
}

function parseProjection(value: unknown, now: number): Record<string, 0 | 1> | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = parseRequestEjson(value, 'projection', now);
  if (!isPlainObject(parsed)) throw invalidParam('projection 必须是对象');
  const projection: Record<string, 0 | 1> = {};
  for (const [field, include] of Object.entries(parsed)) {
    if (typeof include !== 'number' && typeof include !== 'boolean') {
      throw invalidParam(`不支持的 projection 写法: ${field}`);
    }
    projection[field] = include ? 1 : 0;
  }
  return Object.keys(projection).length > 0 ? projection : undefined;
}

function parseOrder(value: unknown, now: number): Record<string, 1 | -1> | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = parseRequestEjson(value, 'order', now);
  const order: Record<string, 1 | -1> = {};
  // The SDK sends an object {field: ±1}; older clients sent [{field, direction}].
  if (Array.isArray(parsed)) {
    for (const item of parsed as { field?: string; direction?: string }[]) {
      if (typeof item.field !== 'string') throw invalidParam('order 格式不正确');
      order[item.field] = item.direction === 'desc' ? -1 : 1;
    }
  } else if (isPlainObject(parsed)) {
    for (const [field, direction] of Object.entries(parsed)) {
      order[field] = direction === -1 || direction === 'desc' ? -1 : 1;
    }
  } else throw invalidParam('order 格式不正确');
  return Object.keys(order).length > 0 ? order : undefined;
}
