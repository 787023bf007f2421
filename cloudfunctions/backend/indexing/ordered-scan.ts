import { compareIds } from '../id-order';
import type { IndexTable } from './index-table';
import type { KeyRange } from './key-encoding';
import { UNSORTABLE_COMPONENTS, componentLength } from './key-encoding';
import type { IndexPlan } from './planner';

export type OrderedPlan = IndexPlan & { ordered: NonNullable<IndexPlan['ordered']> };

/**
 * Whether reading the plan's entries in key order yields mingo's sort order on `ordered.path`: the planner
 * already refused multikey paths (mingo sorts an array as a whole, the index holds its elements); this refuses
 * prefixes holding values the encoding does not order like mingo (NaN, invalid dates, objects).
 */
export function canReadInOrder(table: IndexTable, plan: IndexPlan): plan is OrderedPlan {
  const { ordered } = plan;
  if (!ordered) return false;
  return UNSORTABLE_COMPONENTS.every(
    ({ from, to }) =>
      !table.hasEntriesIn(plan.indexId, {
        from: Buffer.concat([ordered.prefix, from]),
        to: Buffer.concat([ordered.prefix, to]),
      }),
  );
}

/**
 * Candidate ids sorted by the key after the prefix, ties in `_id` order: the order mingo's stable sort gives
 * to candidates that arrive in `_id` order, which is how an unindexed query feeds it.
 */
export function* idsInKeyOrder(table: IndexTable, plan: OrderedPlan, descending: boolean): Generator<string> {
  const offset = plan.ordered.prefix.length;
  let tied: string[] = [];
  let tiedComponent: Buffer | undefined;
  for (const range of inScanOrder(plan.ranges, descending)) {
    for (const { key, docId } of table.entriesInOrder(plan.indexId, range, descending)) {
      const component = key.subarray(offset, offset + componentLength(key, offset));
      if (tiedComponent && !component.equals(tiedComponent)) {
        yield* inIdOrder(tied);
        tied = [];
      }
      tiedComponent = component;
      tied.push(docId);
    }
  }
  yield* inIdOrder(tied);
}

/** The planner's ranges are disjoint; visiting them in order keeps the whole read in key order. */
function inScanOrder(ranges: KeyRange[], descending: boolean): KeyRange[] {
  const ascending = [...ranges].sort((a, b) => Buffer.compare(a.from, b.from));
  return descending ? ascending.reverse() : ascending;
}

/** A document is listed once per distinct value of later keys (multikey); one mention is enough. */
function inIdOrder(ids: string[]): string[] {
  return [...new Set(ids)].sort(compareIds);
}
