import { Aggregator } from 'mingo';
import type { Doc } from '../../ejson';
import { fromStoredEjson, parseRequestEjson, toCanonicalEjson } from '../../ejson';
import { invalidParam } from '../../errors';
import type { Stage } from '../../operators';
import { validateStages } from '../../operators';
import type { DatabaseContext, Params } from './context';
import { findMatching } from './query';

export function aggregateDocuments(context: DatabaseContext, params: Params): unknown {
  const collection = context.store.requireCollection(params.collectionName);
  if (params.transactionId) throw invalidParam('事务中不支持聚合操作');
  if (!Array.isArray(params.stages)) throw invalidParam('stages 必须是数组');
  const now = context.clock.now();
  const stages: Stage[] = params.stages.map((raw: unknown) => {
    const { stageKey, stageValue } = (raw ?? {}) as { stageKey?: unknown; stageValue?: unknown };
    if (typeof stageKey !== 'string') throw invalidParam('stageKey 缺失');
    return { name: stageKey, value: parseRequestEjson(stageValue, stageKey, now) };
  });
  validateStages(stages, (name) => context.store.hasCollection(name));
  // A leading $match runs on the cached docs directly (it never mutates), so only matches get copied.
  const leadingMatch = stages[0]?.name === '$match' ? (stages[0].value as Doc) : undefined;
  const pipeline = stages.slice(leadingMatch ? 1 : 0).map(({ name, value }) => ({ [name]: value }));
  // mingo may mutate its input documents; hand it fresh copies, never the store's cached objects.
  const load = (name: string): Doc[] =>
    Array.from(context.store.scanDocs(name), (stored) => copy(stored.doc));
  const input = leadingMatch
    ? findMatching(context.store, collection, leadingMatch).map((stored) => copy(stored.doc))
    : load(collection);
  const list = (
    pipeline.length > 0 ? new Aggregator(pipeline, { collectionResolver: load }).run(input) : input
  ) as Doc[];
  return { data: { list: list.map(toCanonicalEjson) } };
}

function copy(doc: Doc): Doc {
  return fromStoredEjson(toCanonicalEjson(doc));
}
