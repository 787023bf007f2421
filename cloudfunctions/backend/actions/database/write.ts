import { randomBytes } from 'node:crypto';
import { update as applyUpdateOperators } from 'mingo';
import type { Doc } from '../../ejson';
import { fromStoredEjson, isPlainObject, parseRequestEjson, toCanonicalEjson } from '../../ejson';
import { BackendError, ErrorCodes, invalidParam } from '../../errors';
import { assertNoOperatorKeys, validateUpdate } from '../../operators';
import type { StoredDoc, Write } from '../../store';
import type { DatabaseContext, Params } from './context';
import { docIdOf, findMatching, isDocQuery, parseCriteria, refuseWhereInTransaction } from './query';

export function newDocId(): string {
  return randomBytes(16).toString('hex');
}

export async function insertDocument(context: DatabaseContext, params: Params): Promise<unknown> {
  const collection = context.store.requireCollection(params.collectionName);
  const items = Array.isArray(params.data) ? params.data : [params.data];
  const now = context.clock.now();
  const docs = items.map((item) => {
    const doc = parseRequestEjson(item, 'data', now);
    if (!isPlainObject(doc)) throw invalidParam('data 必须是对象');
    assertNoOperatorKeys(doc);
    if (doc._id === undefined) return { ...doc, _id: newDocId() };
    if (typeof doc._id !== 'string' || doc._id === '') throw invalidParam('_id 必须是非空字符串');
    return doc;
  });
  const insertedIds = docs.map((doc) => doc._id as string);
  if (params.transactionId) {
    for (const doc of docs) {
      const id = doc._id as string;
      if (context.transactions.read(params.transactionId, collection, id)) throw duplicateId(collection, id);
      await context.transactions.write(params.transactionId, collection, id, doc);
    }
  } else {
    context.store.applyWrites(
      docs.map((doc) => ({ kind: 'insert', collection, id: doc._id as string, doc })),
    );
  }
  return { data: { insertedIds } };
}

function duplicateId(collection: string, id: string): BackendError {
  return new BackendError(
    ErrorCodes.requestFailed,
    `E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
  );
}

interface Change {
  /** The whole document after the change. */
  doc: Doc;
  id: string;
  kind: 'insert' | 'replace';
}

/** Computes the new doc from `data`: a replacement for `set` (merge:false), update operators otherwise. */
function changeDoc(current: Doc | undefined, id: string, data: Doc, merge: boolean, criteria: Doc): Doc {
  if (!merge) return { ...data, _id: id };
  const base: Doc = current ? clone(current) : { ...equalityFields(criteria), _id: id };
  const hasOperators = validateUpdate(data);
  applyUpdateOperators(base, (hasOperators ? data : { $set: data }) as never);
  if (base._id !== id) throw invalidParam('不能更新 _id 的值');
  return base;
}

function clone(doc: Doc): Doc {
  return fromStoredEjson(toCanonicalEjson(doc));
}

/** An upsert starts from the plain equality fields of its query, like Mongo. */
function equalityFields(criteria: Doc): Doc {
  const fields: Doc = {};
  for (const [key, value] of Object.entries(criteria)) {
    if (key.startsWith('$') || key === '_id') continue;
    if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      if ('$eq' in value) setPath(fields, key, value.$eq);
      continue;
    }
    setPath(fields, key, value);
  }
  return fields;
}

function setPath(target: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let current = target;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(current[part])) current[part] = {};
    current = current[part] as Doc;
  }
  current[parts[parts.length - 1]] = value;
}

function sameDoc(a: Doc | undefined, b: Doc): boolean {
  return a !== undefined && toCanonicalEjson(a) === toCanonicalEjson(b);
}

export async function modifyDocument(context: DatabaseContext, params: Params): Promise<unknown> {
  const collection = context.store.requireCollection(params.collectionName);
  refuseWhereInTransaction(params);
  const now = context.clock.now();
  const criteria = parseCriteria(params, now);
  const data = parseRequestEjson(params.data, 'data', now);
  if (!isPlainObject(data)) throw invalidParam('data 必须是对象');
  const merge = params.merge !== false;
  if (!merge) assertNoOperatorKeys(data);
  const upsert = params.upsert === true;

  if (params.transactionId) {
    const id = docIdOf(criteria);
    const current = context.transactions.read(params.transactionId, collection, id);
    if (!current && !upsert) return { data: { updated: 0 } };
    const next = changeDoc(current, id, data, merge, criteria);
    if (sameDoc(current, next)) return { data: { updated: 0 } };
    await context.transactions.write(params.transactionId, collection, id, next);
    return { data: current ? { updated: 1 } : { updated: 0, upsert_id: id } };
  }

  // Plain writes block while an open transaction holds a lock on a target doc (see TransactionManager).
  for (;;) {
    const targets = targetsOf(context, collection, params, criteria);
    const keys = context.transactions.lockKeys(
      collection,
      targets.length > 0 ? targets : upsertIds(params, criteria),
    );
    if (keys.some((key) => isKeyLocked(context, key))) {
      await context.transactions.waitForLocks(keys);
      continue;
    }
    const changes: Change[] = [];
    for (const target of targets) {
      const next = changeDoc(target.doc, target.id, data, merge, criteria);
      if (!sameDoc(target.doc, next)) changes.push({ doc: next, id: target.id, kind: 'replace' });
    }
    let upsertId: string | undefined;
    if (targets.length === 0 && upsert) {
      upsertId = isDocQuery(params) ? docIdOf(criteria) : newDocId();
      changes.push({
        doc: changeDoc(undefined, upsertId, data, merge, criteria),
        id: upsertId,
        kind: 'insert',
      });
    }
    context.store.applyWrites(changes.map((change): Write => ({ ...change, collection })));
    const updated = upsertId ? 0 : changes.length;
    return { data: upsertId ? { updated, upsert_id: upsertId } : { updated } };
  }
}

function upsertIds(params: Params, criteria: Doc): string[] {
  return isDocQuery(params) ? [docIdOf(criteria)] : [];
}

function isKeyLocked(context: DatabaseContext, key: string): boolean {
  const [collection, id] = key.split('\u0000');
  return context.transactions.isLocked(collection, id);
}

function targetsOf(context: DatabaseContext, collection: string, params: Params, criteria: Doc): StoredDoc[] {
  if (isDocQuery(params)) {
    const stored = context.store.getDoc(collection, docIdOf(criteria));
    return stored ? [stored] : [];
  }
  const matching = findMatching(context.store, collection, criteria);
  return params.multi === false ? matching.slice(0, 1) : matching;
}

export async function removeDocument(context: DatabaseContext, params: Params): Promise<unknown> {
  const collection = context.store.requireCollection(params.collectionName);
  refuseWhereInTransaction(params);
  const criteria = parseCriteria(params, context.clock.now());
  if (params.transactionId) {
    const id = docIdOf(criteria);
    if (!context.transactions.read(params.transactionId, collection, id)) return { data: { deleted: 0 } };
    await context.transactions.write(params.transactionId, collection, id, null);
    return { data: { deleted: 1 } };
  }
  for (;;) {
    const targets = targetsOf(context, collection, params, criteria);
    const keys = context.transactions.lockKeys(collection, targets);
    if (keys.some((key) => isKeyLocked(context, key))) {
      await context.transactions.waitForLocks(keys);
      continue;
    }
    context.store.applyWrites(
      targets.map((target): Write => ({ kind: 'delete', collection, id: target.id })),
    );
    return { data: { deleted: targets.length } };
  }
}
