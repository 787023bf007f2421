import { Query } from 'mingo';
import type { Doc } from '../../ejson';
import { isPlainObject, parseRequestEjson } from '../../ejson';
import { BackendError, ErrorCodes, invalidParam } from '../../errors';
import { canReadInOrder, idsInKeyOrder } from '../../indexing/ordered-scan';
import { planQuery } from '../../indexing/planner';
import { validateQuery } from '../../operators';
import type { DocumentStore, StoredDoc } from '../../store';
import type { Params } from './context';

export const MAX_LIMIT = 100;

export function parseCriteria(params: Params, now: number): Doc {
  if (params.query === undefined || params.query === '') return {};
  const criteria = parseRequestEjson(params.query, 'query', now);
  if (!isPlainObject(criteria)) throw invalidParam('query 必须是对象');
  validateQuery(criteria);
  return criteria;
}

/** `doc(id)` requests carry `{_id: id}`; anything else is a malformed DOC request. */
export function docIdOf(criteria: Doc): string {
  const id = criteria._id;
  if (typeof id !== 'string') throw invalidParam('queryType DOC 需要字符串 _id');
  return id;
}

export function isDocQuery(params: Params): boolean {
  if (params.queryType === 'DOC') return true;
  if (params.queryType === undefined || params.queryType === 'WHERE') return false;
  throw invalidParam(`未知的 queryType: ${String(params.queryType)}`);
}

export function refuseWhereInTransaction(params: Params): void {
  if (params.transactionId && !isDocQuery(params)) {
    throw new BackendError(
      ErrorCodes.requestFailed,
      '事务中不支持 where() 条件操作，只能按 doc(_id) 操作单个文档',
    );
  }
}

/**
 * Documents matching the criteria in `_id` order, stopping after `max` matches. Candidates come from the
 * primary key (string `_id` equality), from the best declared index, or from a scan; mingo tests each one,
 * so the choice changes only the cost, never the answer.
 */
export function findMatching(
  store: DocumentStore,
  collection: string,
  criteria: Doc,
  max: number = Number.POSITIVE_INFINITY,
): StoredDoc[] {
  return firstMatches(candidatesOf(store, collection, criteria), criteria, max);
}

function candidatesOf(store: DocumentStore, collection: string, criteria: Doc): Iterable<StoredDoc> {
  if (typeof criteria._id === 'string') return store.docsById(collection, [criteria._id]);
  const plan = planQuery(store.indexes.indexesOf(collection), criteria);
  if (!plan) return store.scanDocs(collection);
  return store.docsById(collection, store.indexes.idsInRanges(plan.indexId, plan.ranges));
}

/**
 * The first `max` matches in sort order when an index gives that order (a one-field sort on the key after
 * the equality keys): entries are read in key order, so the query stops after `max` matches instead of
 * testing and sorting every candidate. Undefined when no index gives that order.
 */
export function findMatchingInOrder(
  store: DocumentStore,
  collection: string,
  criteria: Doc,
  order: Record<string, 1 | -1>,
  max: number,
): StoredDoc[] | undefined {
  const sortKeys = Object.entries(order);
  if (sortKeys.length !== 1 || typeof criteria._id === 'string') return undefined;
  const [[path, direction]] = sortKeys;
  const plan = planQuery(store.indexes.indexesOf(collection), criteria, path);
  if (!plan || plan.ordered?.path !== path || !canReadInOrder(store.indexes, plan)) return undefined;
  const ids = idsInKeyOrder(store.indexes, plan, direction === -1);
  return firstMatches(store.docsById(collection, ids), criteria, max);
}

function firstMatches(candidates: Iterable<StoredDoc>, criteria: Doc, max: number): StoredDoc[] {
  const query = Object.keys(criteria).length > 0 ? new Query(criteria) : undefined;
  const matches: StoredDoc[] = [];
  if (max <= 0) return matches;
  for (const stored of candidates) {
    if (query && !query.test(stored.doc)) continue;
    matches.push(stored);
    if (matches.length >= max) break;
  }
  return matches;
}

export function clampLimit(limit: unknown): number {
  const requested = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : MAX_LIMIT;
  return Math.min(requested, MAX_LIMIT);
}

export function parseOffset(offset: unknown): number {
  return typeof offset === 'number' && Number.isInteger(offset) && offset > 0 ? offset : 0;
}
