import type { Doc } from '../ejson';
import { isPlainObject } from '../ejson';
import type { Comparison, KeyRange } from './key-encoding';
import { comparisonRanges, encodeComponent, isIndexableValue, keysStartingWith } from './key-encoding';

export interface PlannableIndex {
  id: number;
  paths: string[];
  multikeyPaths: ReadonlySet<string>;
}

export interface IndexPlan {
  indexId: number;
  /** Every document the criteria can match has an entry in one of these ranges. */
  ranges: KeyRange[];
  /** Set when all ranges share one equality prefix, so that their entries come sorted by `path`. */
  ordered?: { prefix: Buffer; path: string };
}

/** Above this many equality prefixes (products of `$in` lists) a key is no longer worth looking up. */
const MAX_PREFIXES = 1000;

/** Component ranges a filter allows for one path; `points` when each range holds a single value. */
interface Constraint {
  ranges: KeyRange[];
  points: boolean;
}

/**
 * Picks the index whose leading keys the criteria constrain most (equality and `$in` first, then one range),
 * preferring, among equals, one whose next key is `sortPath`. Only top-level field filters and `$and` are
 * read; everything else (`$or`, `$expr`, regular expressions, `$ne`…) is left to mingo, which still tests
 * every candidate, so ignoring a filter only widens the candidates. Undefined: scan the collection.
 */
export function planQuery(
  indexes: readonly PlannableIndex[],
  criteria: Doc,
  sortPath?: string,
): IndexPlan | undefined {
  const constraints = constraintsByPath(criteria);
  if (constraints.size === 0) return undefined;
  let best: { plan: IndexPlan; score: number } | undefined;
  for (const index of indexes) {
    const candidate = planFor(index, constraints, sortPath);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  return best?.plan;
}

function planFor(
  index: PlannableIndex,
  constraints: Map<string, Constraint[]>,
  sortPath: string | undefined,
): { plan: IndexPlan; score: number } | undefined {
  let prefixes = [Buffer.alloc(0)];
  let equalityKeys = 0;
  let ranges: KeyRange[] | undefined;
  for (const path of index.paths) {
    const found = constraints.get(path);
    if (!found) break;
    const constraint = combine(found, index.multikeyPaths.has(path));
    if (!constraint.points) {
      ranges = prefixes.flatMap((prefix) =>
        constraint.ranges.map(({ from, to }) => ({
          from: Buffer.concat([prefix, from]),
          to: Buffer.concat([prefix, to]),
        })),
      );
      break;
    }
    if (prefixes.length * constraint.ranges.length > MAX_PREFIXES) break;
    prefixes = prefixes.flatMap((prefix) =>
      constraint.ranges.map(({ from }) => Buffer.concat([prefix, from])),
    );
    equalityKeys++;
  }
  if (equalityKeys === 0 && !ranges) return undefined;
  const nextPath = index.paths[equalityKeys];
  const ordered =
    prefixes.length === 1 && nextPath !== undefined && !index.multikeyPaths.has(nextPath)
      ? { prefix: prefixes[0], path: nextPath }
      : undefined;
  return {
    plan: { indexId: index.id, ranges: ranges ?? prefixes.map(keysStartingWith), ordered },
    score: equalityKeys * 2 + (ranges ? 1 : 0) + (ordered && ordered.path === sortPath ? 0.5 : 0),
  };
}

/**
 * On a path where every document holds at most one value, a match satisfies every filter with that value,
 * so the ranges intersect. Once some document held an array there, each filter may be satisfied by another
 * element (mingo matches `{a: [1, 100]}` with `{a: {$gt: 50, $lt: 60}}`), so only one filter can be used.
 */
function combine(constraints: Constraint[], multikey: boolean): Constraint {
  if (multikey) return constraints.find((constraint) => constraint.points) ?? constraints[0];
  return constraints.reduce(intersect);
}

function intersect(a: Constraint, b: Constraint): Constraint {
  const ranges: KeyRange[] = [];
  for (const x of a.ranges) {
    for (const y of b.ranges) {
      const from = Buffer.compare(x.from, y.from) >= 0 ? x.from : y.from;
      const to = Buffer.compare(x.to, y.to) <= 0 ? x.to : y.to;
      if (Buffer.compare(from, to) < 0) ranges.push({ from, to });
    }
  }
  // Ranges end at component boundaries, so a point range either survives whole or vanishes.
  return { ranges, points: a.points || b.points };
}

function constraintsByPath(
  criteria: Doc,
  found = new Map<string, Constraint[]>(),
): Map<string, Constraint[]> {
  for (const [key, value] of Object.entries(criteria)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) constraintsByPath(part, found);
    } else if (!key.startsWith('$')) {
      const constraints = constraintsOf(value);
      if (constraints.length > 0) found.set(key, [...(found.get(key) ?? []), ...constraints]);
    }
  }
  return found;
}

function constraintsOf(value: unknown): Constraint[] {
  if (isIndexableValue(value)) return [pointsOf([value])];
  if (!isPlainObject(value)) return [];
  const operators = Object.entries(value);
  if (operators.length === 0 || operators.some(([operator]) => !operator.startsWith('$'))) return [];
  const constraints: Constraint[] = [];
  for (const [operator, operand] of operators) {
    if (operator === '$eq' && isIndexableValue(operand)) constraints.push(pointsOf([operand]));
    else if (operator === '$in' && Array.isArray(operand) && operand.every(isIndexableValue)) {
      constraints.push(pointsOf(operand));
    } else if (isComparison(operator) && isOrderedBound(operand)) {
      constraints.push({ ranges: comparisonRanges(operator, operand), points: false });
    }
  }
  return constraints;
}

function pointsOf(values: unknown[]): Constraint {
  const components = new Map<string, Buffer>();
  for (const value of values) {
    const component = encodeComponent(value);
    components.set(component.toString('latin1'), component);
  }
  return { ranges: [...components.values()].map(keysStartingWith), points: true };
}

function isComparison(operator: string): operator is Comparison {
  return operator === '$gt' || operator === '$gte' || operator === '$lt' || operator === '$lte';
}

/** NaN, invalid dates and null compare as "equal" to too much in mingo to bound a range. */
function isOrderedBound(value: unknown): value is number | string | boolean | Date {
  if (typeof value === 'number') return !Number.isNaN(value);
  if (value instanceof Date) return !Number.isNaN(value.getTime());
  return typeof value === 'string' || typeof value === 'boolean';
}
