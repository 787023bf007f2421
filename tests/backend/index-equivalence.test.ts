import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cloud } from '../support/backend';
import { makeTempDir } from '../support/backend';
import type { DeclaredBackend } from './declared-backend';
import { allDocs, startDeclaredBackend } from './declared-backend';

// The same documents live in `plain` (no index) and `indexed` (many): every query must answer the same in both.
const DECLARATION = {
  collections: {
    plain: { indexes: [] },
    indexed: {
      indexes: [
        { name: 'by_tag', keys: { tag: 1 } },
        { name: 'by_subtree', keys: { unitPath: 1, status: 1, joinedAt: -1 } },
        { name: 'by_unit_start', keys: { unitId: 1, startAt: 1 } },
        { name: 'by_start', keys: { startAt: 1 } },
        { name: 'by_n', keys: { n: 1 } },
        { name: 'by_i', keys: { i: 1 } },
        { name: 'by_mixed', keys: { mixed: 1 } },
        { name: 'by_city', keys: { 'profile.city.name': 1 } },
        { name: 'by_status_score', keys: { status: 1, score: 1 } },
        { name: 'by_status_rank', keys: { status: 1, rank: 1 } },
        { name: 'code_unique', keys: { code: 1 }, unique: true },
      ],
    },
  },
};

const DOCS = 240;
const hours = (h: number): Date => new Date(Date.UTC(2025, 0, 1) + h * 3_600_000);
const MISSING = Symbol('missing');
/** Every type, including ones the index cannot order (objects, arrays, NaN). */
const MIXED = [
  1,
  1.5,
  -2,
  'x',
  'y',
  '',
  true,
  false,
  null,
  hours(3),
  { o: 1 },
  [1, 'x'],
  MISSING,
  -0,
  0,
  Infinity,
  NaN,
];
/** Types the index orders like mingo, with ties. */
const SCORES = [3, 1, 'b', 'a', true, false, null, MISSING, hours(5), 2.5, -1, 3, 'a'];
/** Sortable for `status: 'left'` (even positions), not for `active` (NaN, an object). */
const RANKS = [2, NaN, 'r', { o: 1 }, null, 1];

function makeDoc(i: number): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    _id: `d${String(i).padStart(3, '0')}`,
    code: `c${i}`,
    i,
    status: i % 4 === 0 ? 'left' : 'active',
    unitId: `u${i % 4}`,
    n:
      i % 10 === 0
        ? [i % 6, (i % 6) + 40]
        : i % 15 === 1
          ? String(i % 30)
          : ((i * 29) % 61) - 20 + (i % 8 === 0 ? 0.5 : 0),
  };
  const optional: Record<string, unknown> = {
    tag: ['a', 'b', 'c', null, MISSING][i % 5],
    unitPath: i % 7 === 0 ? MISSING : ['root', `u${i % 3}`, `u${i % 3}-${i % 5}`],
    joinedAt: i % 11 === 0 ? MISSING : i % 13 === 0 ? null : hours((i * 37) % 50),
    startAt: i % 9 === 0 ? MISSING : hours((i * 53) % 120),
    mixed: MIXED[i % MIXED.length],
    score: SCORES[i % SCORES.length],
    rank: RANKS[i % RANKS.length],
    profile:
      i % 6 === 0
        ? [{ city: { name: '青岛' } }, { city: { name: '济南' } }]
        : i % 6 === 1
          ? { city: 'flat' }
          : i % 6 === 2
            ? MISSING
            : { city: { name: ['青岛', '烟台', '济南'][i % 3] } },
  };
  for (const [field, value] of Object.entries(optional)) if (value !== MISSING) doc[field] = value;
  return doc;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Command = any;

interface QueryCase {
  name: string;
  where: (_: Command, db: Cloud) => unknown;
  /** The planner must use an index: a count tests fewer documents than the collection holds. */
  narrows: boolean;
}

const CASES: QueryCase[] = [
  { name: 'string equality', where: () => ({ tag: 'a' }), narrows: true },
  { name: 'null matches null and missing', where: () => ({ tag: null }), narrows: true },
  { name: '$in', where: (_) => ({ tag: _.in(['a', 'b']) }), narrows: true },
  { name: '$in with null', where: (_) => ({ tag: _.in([null, 'c']) }), narrows: true },
  { name: 'empty $in', where: (_) => ({ tag: _.in([]) }), narrows: true },
  { name: 'array element', where: () => ({ unitPath: 'u1' }), narrows: true },
  {
    name: 'array element and next key',
    where: () => ({ unitPath: 'root', status: 'active' }),
    narrows: true,
  },
  { name: '$in on array elements', where: (_) => ({ unitPath: _.in(['u0-1', 'u2-3']) }), narrows: true },
  {
    name: 'two equalities and a date range',
    where: (_) => ({ unitPath: 'u2', status: 'left', joinedAt: _.gte(hours(20)) }),
    narrows: true,
  },
  { name: 'unique key', where: () => ({ code: 'c17' }), narrows: true },
  { name: 'number equality', where: () => ({ n: 5 }), narrows: true },
  { name: 'number inside arrays', where: () => ({ n: 41 }), narrows: true },
  { name: 'range on a multikey path', where: (_) => ({ n: _.gt(30).and(_.lt(35)) }), narrows: true },
  { name: 'number range skips strings', where: (_) => ({ n: _.gte(-5) }), narrows: true },
  { name: 'string range', where: (_) => ({ n: _.gte('1') }), narrows: true },
  { name: 'intersected range', where: (_) => ({ i: _.gt(10).and(_.lte(20)) }), narrows: true },
  { name: 'empty intersection', where: (_) => ({ i: _.gt(5).and(_.lt(3)) }), narrows: true },
  { name: '$in numbers', where: (_) => ({ i: _.in([1, 2, 3, 300]) }), narrows: true },
  { name: 'date range', where: (_) => ({ startAt: _.gte(hours(100)) }), narrows: true },
  {
    name: 'equality then date range',
    where: (_) => ({ unitId: 'u1', startAt: _.gte(hours(30)).and(_.lt(hours(90))) }),
    narrows: true,
  },
  {
    name: '$in then date range',
    where: (_) => ({ unitId: _.in(['u1', 'u2']), startAt: _.lt(hours(40)) }),
    narrows: true,
  },
  { name: 'mixed: number', where: () => ({ mixed: 1 }), narrows: true },
  { name: 'mixed: zero matches -0', where: () => ({ mixed: 0 }), narrows: true },
  { name: 'mixed: string', where: () => ({ mixed: 'x' }), narrows: true },
  { name: 'mixed: boolean', where: () => ({ mixed: true }), narrows: true },
  { name: 'mixed: null', where: () => ({ mixed: null }), narrows: true },
  { name: 'mixed: date', where: () => ({ mixed: hours(3) }), narrows: true },
  { name: 'mixed: NaN', where: () => ({ mixed: NaN }), narrows: true },
  { name: 'mixed: Infinity', where: () => ({ mixed: Infinity }), narrows: true },
  { name: 'mixed: $gt number', where: (_) => ({ mixed: _.gt(0) }), narrows: true },
  { name: 'mixed: $gte number (NaN compares equal)', where: (_) => ({ mixed: _.gte(1) }), narrows: true },
  { name: 'mixed: $gte string', where: (_) => ({ mixed: _.gte('x') }), narrows: true },
  { name: 'mixed: $lt boolean', where: (_) => ({ mixed: _.lt(true) }), narrows: true },
  { name: 'mixed: $lte date', where: (_) => ({ mixed: _.lte(hours(3)) }), narrows: true },
  { name: 'nested path through arrays', where: () => ({ 'profile.city.name': '青岛' }), narrows: true },
  { name: 'nested path missing', where: () => ({ 'profile.city.name': null }), narrows: true },
  {
    name: 'nested object flattened by the SDK',
    where: () => ({ profile: { city: { name: '济南' } } }),
    narrows: true,
  },
  { name: '$and', where: (_) => _.and([{ tag: 'a' }, { i: _.gt(100) }]), narrows: true },
  { name: '$or alone scans', where: (_) => _.or([{ tag: 'a' }, { tag: 'b' }]), narrows: false },
  {
    name: '$and holding an $or',
    where: (_) => _.and([{ tag: 'b' }, _.or([{ i: _.lt(50) }, { i: _.gt(200) }])]),
    narrows: true,
  },
  { name: '$ne scans', where: (_) => ({ tag: _.neq('a') }), narrows: false },
  {
    name: 'regular expression scans',
    where: (_, db) => ({ tag: db.RegExp({ regexp: '^[ab]' }) }),
    narrows: false,
  },
  { name: '$exists scans', where: (_) => ({ tag: _.exists(false) }), narrows: false },
  { name: 'sortable mixed range', where: (_) => ({ status: 'active', score: _.gte('a') }), narrows: true },
  { name: 'equality on two indexed fields', where: () => ({ i: 5, tag: 'a' }), narrows: true },
];

interface OrderedCase {
  name: string;
  run: (collection: Cloud, _: Command) => Promise<{ data: unknown[] }>;
  /** Set when the index gives the order: the read stops after skip + limit matches. */
  examinesAtMost?: number;
}

const ORDERED: OrderedCase[] = [
  {
    name: 'subtree by joinedAt desc',
    run: (c) => c.where({ unitPath: 'u1', status: 'active' }).orderBy('joinedAt', 'desc').limit(20).get(),
    examinesAtMost: 20,
  },
  {
    name: 'subtree by joinedAt asc, skip',
    run: (c) =>
      c.where({ unitPath: 'u1', status: 'active' }).orderBy('joinedAt', 'asc').skip(5).limit(7).get(),
    examinesAtMost: 12,
  },
  {
    name: 'small subtree, no limit',
    run: (c) => c.where({ unitPath: 'u2-3', status: 'left' }).orderBy('joinedAt', 'asc').get(),
  },
  {
    name: 'mixed types asc',
    run: (c) => c.where({ status: 'active' }).orderBy('score', 'asc').limit(30).get(),
    examinesAtMost: 30,
  },
  {
    name: 'mixed types desc, skip',
    run: (c) => c.where({ status: 'active' }).orderBy('score', 'desc').skip(10).limit(10).get(),
    examinesAtMost: 20,
  },
  {
    name: 'range on the sort key',
    run: (c, _) =>
      c
        .where({ status: 'active', score: _.gte('a') })
        .orderBy('score', 'desc')
        .limit(5)
        .get(),
    examinesAtMost: 5,
  },
  {
    name: 'date range on the sort key',
    run: (c, _) =>
      c
        .where({ unitId: 'u2', startAt: _.gte(hours(10)) })
        .orderBy('startAt', 'asc')
        .limit(5)
        .get(),
    examinesAtMost: 5,
  },
  {
    name: 'missing sort values last when descending',
    run: (c) => c.where({ unitId: 'u3' }).orderBy('startAt', 'desc').skip(20).limit(20).get(),
    examinesAtMost: 40,
  },
  {
    name: 'unsortable values refuse the index order',
    run: (c) => c.where({ status: 'active' }).orderBy('rank', 'asc').limit(10).get(),
  },
  {
    name: 'sortable prefix uses it',
    run: (c) => c.where({ status: 'left' }).orderBy('rank', 'desc').limit(10).get(),
    examinesAtMost: 10,
  },
  {
    name: 'sort on a key the index lacks',
    run: (c) => c.where({ tag: 'a' }).orderBy('i', 'desc').limit(10).get(),
  },
  {
    name: 'two sort keys',
    run: (c) => c.where({ status: 'left' }).orderBy('score', 'asc').orderBy('i', 'desc').get(),
  },
  {
    name: 'projection drops the sort key',
    run: (c) => c.where({ status: 'active' }).orderBy('score', 'asc').field({ i: true }).limit(15).get(),
  },
];

const dir = makeTempDir('index-equivalence');
let t: DeclaredBackend;
let _: Command;

beforeAll(async () => {
  t = await startDeclaredBackend(dir, DECLARATION);
  _ = t.db.command;
  const docs = Array.from({ length: DOCS }, (__, i) => makeDoc(i));
  for (const collection of ['plain', 'indexed']) await t.db.collection(collection).add({ data: docs });
});
afterAll(async () => {
  await t.backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function examining<T>(run: () => Promise<T>): Promise<{ result: T; examined: number }> {
  const before = t.backend.documentsExamined();
  const result = await run();
  return { result, examined: t.backend.documentsExamined() - before };
}

function expectSameAnswers(): void {
  it.each(CASES)('$name', async ({ where, narrows }) => {
    const criteria = where(_, t.db);
    const query = (collection: string) => t.db.collection(collection).where(criteria);
    for (const read of [
      (c: string) => query(c).get(),
      (c: string) => query(c).skip(3).limit(5).get(),
      (c: string) => query(c).orderBy('joinedAt', 'desc').limit(20).get(),
      (c: string) => query(c).orderBy('i', 'asc').skip(10).get(),
      (c: string) => t.db.collection(c).aggregate().match(criteria).limit(100).end(),
    ]) {
      expect(await read('indexed')).toEqual(await read('plain'));
    }
    const plain = await examining(() => query('plain').count());
    const indexed = await examining(() => query('indexed').count());
    expect(indexed.result).toEqual(plain.result);
    if (narrows) expect(indexed.examined).toBeLessThan(plain.examined);
    else expect(indexed.examined).toBe(plain.examined);
  });

  it.each(ORDERED)('ordered: $name', async ({ run, examinesAtMost }) => {
    const indexed = await examining(() => run(t.db.collection('indexed'), _));
    expect(indexed.result).toEqual(await run(t.db.collection('plain'), _));
    if (examinesAtMost !== undefined) expect(indexed.examined).toBeLessThanOrEqual(examinesAtMost);
  });
}

describe('the same answers with and without indexes', () => {
  expectSameAnswers();
});

describe('updates and removals by query', () => {
  it('change the same documents in both collections', async () => {
    const writes: ((c: Cloud) => Promise<{ stats: unknown }>)[] = [
      (c) => c.where({ tag: 'b', i: _.gt(100) }).update({ data: { tag: 'moved', n: _.inc(1) } }),
      (c) => c.where({ unitPath: 'u2-3' }).update({ data: { unitPath: _.push(['extra']) } }),
      (c) => c.where({ 'profile.city.name': '烟台' }).remove(),
      (c) => c.where({ i: _.in([1, 2, 3]) }).update({ data: { joinedAt: hours(999), score: 'z' } }),
      (c) => c.where({ unitId: 'u1', startAt: _.lt(hours(30)) }).update({ data: { startAt: _.remove() } }),
      (c) => c.where(_.and([{ mixed: _.gte(1) }, { status: 'left' }])).remove(),
    ];
    for (const write of writes) {
      expect((await write(t.db.collection('indexed'))).stats).toEqual(
        (await write(t.db.collection('plain'))).stats,
      );
    }
    expect(await allDocs(t.db, 'indexed')).toEqual(await allDocs(t.db, 'plain'));
  });
});

describe('the same answers after those writes', () => {
  expectSameAnswers();
});

describe('aggregate', () => {
  it('groups what a leading $match found through an index', async () => {
    const $ = _.aggregate;
    const run = (collection: string) =>
      t.db
        .collection(collection)
        .aggregate()
        .match({ unitPath: 'u1', status: 'active' })
        .group({ _id: '$unitId', total: $.sum('$i'), count: $.sum(1) })
        .sort({ _id: 1 })
        .end();
    const plain = await examining(() => run('plain'));
    const indexed = await examining(() => run('indexed'));
    expect(indexed.result).toEqual(plain.result);
    expect(indexed.examined).toBeLessThan(plain.examined);
  });
});
