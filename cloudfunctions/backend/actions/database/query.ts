import { Query } from 'mingo';
import type { Doc } from '../../ejson';
import { isPlainObject, parseRequestEjson } from '../../ejson';
import { BackendError, ErrorCodes, invalidParam } from '../../errors';
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
 * Documents matching the criteria, stopping after `max` matches; equality on a string `_id` is answered by
 * primary key instead of a scan.
 */
export function findMatching(
  store: DocumentStore,
  collection: string,
  criteria: Doc,
  max: number = Number.POSITIVE_INFINITY,
): StoredDoc[] {
  const candidates =
    typeof criteria._id === 'string'
      ? [store.getDoc(collection, criteria._id)].filter((doc): doc is StoredDoc => doc !== undefined)
      : store.listDocs(collection);
  if (Object.keys(criteria).length === 0) return candidates.slice(0, max);
  const query = new Query(criteria);
  const matches: StoredDoc[] = [];
  for (const stored of candidates) {
    if (matches.length >= max) break;
    if (query.test(stored.doc)) matches.push(stored);
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
