import { db } from './cloud';
import { rows } from './query';
import { readInTransaction, type Transaction } from './transaction';

export const COUNTER_COLLECTION = 'counters';

/**
 * A figure kept as records are written (read, confirmed, checked in…), so summaries never page through
 * the records themselves. Where a crowd writes at once (a meeting's check-in, a notice everyone reads
 * the same morning) it is spread over `shards` documents chosen at random; reading sums them.
 */
export interface CounterRef {
  /** One figure's identity, e.g. `notice:<id>:unit:<unitId>`. */
  key: string;
  /** Stored on every shard for grouped reads, e.g. `{ noticeId, unitId, unitPath }`. */
  attributes: Record<string, unknown>;
  shards: number;
}

type Values = Record<string, number>;

/** Adds to a counter inside the transaction that writes the record it counts. */
export async function addToCounter(transaction: Transaction, ref: CounterRef, deltas: Values): Promise<void> {
  const id = `${ref.key}#${Math.floor(Math.random() * ref.shards)}`;
  const shard = await readInTransaction<{ values: Values }>(transaction, COUNTER_COLLECTION, id);
  const values: Values = { ...(shard?.values ?? {}) };
  for (const [field, delta] of Object.entries(deltas)) values[field] = (values[field] ?? 0) + delta;
  await transaction
    .collection(COUNTER_COLLECTION)
    .doc(id)
    .set({ data: { key: ref.key, ...ref.attributes, values } });
}

/** The totals of counters by key, from their shards in pages of 100 documents. */
export async function readCounters(keys: string[]): Promise<Map<string, Values>> {
  const totals = new Map<string, Values>(keys.map((key) => [key, {}]));
  const unique = [...new Set(keys)];
  for (let start = 0; start < unique.length; start += 10) {
    const shards = await rows<{ key: string; values: Values }>(
      db
        .collection(COUNTER_COLLECTION)
        .where({ key: db.command.in(unique.slice(start, start + 10)) })
        .limit(100),
    );
    for (const shard of shards) {
      const total = totals.get(shard.key) ?? {};
      for (const [field, value] of Object.entries(shard.values)) total[field] = (total[field] ?? 0) + value;
      totals.set(shard.key, total);
    }
  }
  return totals;
}
