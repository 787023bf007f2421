import { allRows } from '../../src/platform/query';
import type { AdminDatabase } from '../admin-sdk';
import { likesRecount } from './likes';
import { membershipRecount } from './membership';
import { readingRecount } from './reading';
import type { CounterDifference, Recount } from './recount';

/** Every family of counters the functions keep; a domain that writes counters adds its recount here. */
export const RECOUNTS: Recount[] = [membershipRecount, readingRecount, likesRecount];

/**
 * Recomputes every counter from the raw records and lists where the stored figures (the sum of a
 * counter's shards) differ. It only reads: local tooling, never deployed, and it may page through
 * everything, which the functions never do.
 */
export async function reconcile(
  db: AdminDatabase,
  recounts: Recount[] = RECOUNTS,
): Promise<CounterDifference[]> {
  const shards = await allRows<{ key: string; values: Record<string, number> }>(db.collection('counters'));
  const differences: CounterDifference[] = [];
  for (const recount of recounts) {
    const stored = new Map<string, Record<string, number>>();
    for (const shard of shards.filter((candidate) => candidate.key.startsWith(recount.prefix))) {
      const total = stored.get(shard.key) ?? {};
      for (const [field, value] of Object.entries(shard.values)) total[field] = (total[field] ?? 0) + value;
      stored.set(shard.key, total);
    }
    const expected = new Map((await recount.recount(db)).map((counter) => [counter.key, counter.values]));
    for (const key of new Set([...stored.keys(), ...expected.keys()])) {
      const have = stored.get(key) ?? {};
      const want = expected.get(key) ?? {};
      for (const field of new Set([...Object.keys(have), ...Object.keys(want)])) {
        const [storedValue, recounted] = [have[field] ?? 0, want[field] ?? 0];
        if (storedValue !== recounted) differences.push({ key, field, stored: storedValue, recounted });
      }
    }
  }
  return differences;
}
