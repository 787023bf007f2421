import type { AdminDatabase } from '../../cloudfunctions/local/admin-sdk';
import { contract } from '../../cloudfunctions/shared/contract';
import type { Result } from '../../cloudfunctions/shared/result';
import { declaredCollections, dumpDatabase } from './database-dump';

/**
 * `npm run test:reliability` sets UNION_RELIABILITY=full: the same files run with many more generated cases
 * and bigger crowds. Inside `npm test` they run small, so they stay quick and steady on a loaded machine.
 */
export const FULL_RELIABILITY = process.env.UNION_RELIABILITY === 'full';
export const scaled = (quick: number, full: number) => (FULL_RELIABILITY ? full : quick);

/** Every `function.action` the contract declares: what the reliability suite must cover, no more, no less. */
export function contractActions(): string[] {
  return Object.entries(contract).flatMap(([fn, actions]) => Object.keys(actions).map((a) => `${fn}.${a}`));
}

/**
 * Attempt counters of rate limits are the one thing a refused attempt is meant to leave behind (that is how
 * a guesser is stopped), so comparisons of "nothing changed" leave that collection out.
 */
export const COMPARED_COLLECTIONS = declaredCollections().filter((name) => name !== 'rate_limits');

export const dumpCompared = (db: AdminDatabase) => dumpDatabase(db, COMPARED_COLLECTIONS);

/** What one piece of work did to the database, per collection: documents added, removed and changed. */
export interface DatabaseChange {
  added: number;
  removed: number;
  changed: number;
}

export function changesBetween(before: string, after: string): Record<string, DatabaseChange> {
  const parse = (dump: string) =>
    JSON.parse(dump) as Record<string, ({ _id: string } & Record<string, unknown>)[]>;
  const was = parse(before);
  const now = parse(after);
  const changes: Record<string, DatabaseChange> = {};
  for (const name of Object.keys(now)) {
    const old = new Map((was[name] ?? []).map((doc) => [doc._id, JSON.stringify(doc)]));
    const fresh = new Map(now[name].map((doc) => [doc._id, JSON.stringify(doc)]));
    const change = { added: 0, removed: 0, changed: 0 };
    for (const [id, text] of fresh) {
      if (!old.has(id)) change.added += 1;
      else if (old.get(id) !== text) change.changed += 1;
    }
    for (const id of old.keys()) if (!fresh.has(id)) change.removed += 1;
    if (change.added + change.removed + change.changed > 0) changes[name] = change;
  }
  return changes;
}

const HAN = /[\u4e00-\u9fff]/;

/** A refusal people can act on: a specific code (never INTERNAL) and a message in Chinese. */
export function isClearRefusal(result: Result<unknown>): boolean {
  return !result.ok && result.code !== 'INTERNAL' && HAN.test(result.message);
}

export const tally = (values: string[]) =>
  values.reduce<Record<string, number>>(
    (counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }),
    {},
  );

export const answerCode = (result: Result<unknown>) => (result.ok ? 'ok' : result.code);
