import type { CounterRef } from './counters';

/**
 * Active members of each unit, kept in the transaction that changes a membership (join, removal, move,
 * deletion), so figures such as "expected readers" never count member records. Sharded: a whole workshop
 * joins with one code after a meeting. Each shard carries the unit's path, so one grouped read sums a
 * subtree. (No SDK here: local tools that seed or reconcile use this key too.)
 */
export function membershipCounter(unitId: string, unitPath: string[]): CounterRef {
  return { key: `members:${unitId}`, attributes: { kind: 'members', unitId, unitPath }, shards: 16 };
}
