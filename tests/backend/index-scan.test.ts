import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/backend';
import type { DeclaredBackend } from './declared-backend';
import { startDeclaredBackend } from './declared-backend';

const DECLARATION = {
  collections: {
    big: {
      indexes: [
        { name: 'by_tag', keys: { tag: 1 } },
        { name: 'by_subtree', keys: { unitPath: 1, joinedAt: -1 } },
      ],
    },
  },
};

const SIZE = 10_000;
const hours = (h: number): Date => new Date(Date.UTC(2025, 0, 1) + h * 3_600_000);
const docs = Array.from({ length: SIZE }, (_, i) => ({
  _id: `b${String(i).padStart(5, '0')}`,
  tag: `t${i % 500}`,
  unitPath: ['root', `p${i % 50}`],
  joinedAt: hours(i % 997),
  score: i % 100,
}));

const dir = makeTempDir('index-scan');
let t: DeclaredBackend;
beforeAll(async () => {
  t = await startDeclaredBackend(dir, DECLARATION);
  for (let start = 0; start < SIZE; start += 1000) {
    await t.db.collection('big').add({ data: docs.slice(start, start + 1000) });
  }
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

describe(`an indexed query on ${SIZE} documents`, () => {
  it('tests only the candidates the index holds', async () => {
    const big = t.db.collection('big');
    const indexed = await examining(() => big.where({ tag: 't7' }).count());
    expect(indexed).toEqual({ result: expect.objectContaining({ total: 20 }), examined: 20 });
    const unindexed = await examining(() => big.where({ score: 7 }).count());
    expect(unindexed).toEqual({ result: expect.objectContaining({ total: 100 }), examined: SIZE });
  });

  it('stops a sorted page after skip + limit matches when the index gives the order', async () => {
    const page = await examining<{ data: unknown[] }>(() =>
      t.db.collection('big').where({ unitPath: 'p3' }).orderBy('joinedAt', 'desc').skip(10).limit(20).get(),
    );
    const expected = docs
      .filter((doc) => doc.unitPath.includes('p3'))
      .sort((a, b) => b.joinedAt.getTime() - a.joinedAt.getTime() || (a._id < b._id ? -1 : 1))
      .slice(10, 30);
    expect(page.result.data).toEqual(expected);
    expect(page.examined).toBe(30);
  });
});
