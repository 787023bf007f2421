import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
  await t.db.collection('units').add({ data: { _id: 'u1', name: '市南区总工会' } });
  await t.db.collection('units').add({ data: { _id: 'u2', name: '市北区总工会' } });
  const rows = [
    { unitId: 'u1', score: 90, tags: ['a', 'b'] },
    { unitId: 'u1', score: 70, tags: ['a'] },
    { unitId: 'u2', score: 80, tags: [] },
    { unitId: 'u2', score: 60, tags: ['c'] },
    { unitId: 'u2', score: 100, tags: ['a'] },
  ];
  for (const row of rows) await t.db.collection('items').add({ data: row });
});
afterAll(async () => {
  await t.close();
});

describe('aggregate', () => {
  it('match, group, sort, limit', async () => {
    const $ = t.db.command.aggregate;
    const { list } = await t.db
      .collection('items')
      .aggregate()
      .match({ score: t.db.command.gte(65) })
      .group({ _id: '$unitId', total: $.sum('$score'), count: $.sum(1), avg: $.avg('$score') })
      .sort({ total: -1 })
      .limit(10)
      .end();
    expect(list).toEqual([
      { _id: 'u2', total: 180, count: 2, avg: 90 },
      { _id: 'u1', total: 160, count: 2, avg: 80 },
    ]);
  });

  it('skip, project, addFields', async () => {
    const $ = t.db.command.aggregate;
    const { list } = await t.db
      .collection('items')
      .aggregate()
      .sort({ score: 1 })
      .skip(1)
      .limit(2)
      .addFields({ double: $.multiply(['$score', 2]) })
      .project({ _id: 0, score: 1, double: 1 })
      .end();
    expect(list).toEqual([
      { score: 70, double: 140 },
      { score: 80, double: 160 },
    ]);
  });

  it('unwind and count', async () => {
    const { list } = await t.db
      .collection('items')
      .aggregate()
      .unwind('$tags')
      .match({ tags: 'a' })
      .count('n')
      .end();
    expect(list).toEqual([{ n: 3 }]);
  });

  it('lookup joins another collection', async () => {
    const { list } = await t.db
      .collection('items')
      .aggregate()
      .match({ score: 100 })
      .lookup({ from: 'units', localField: 'unitId', foreignField: '_id', as: 'unit' })
      .project({ _id: 0, score: 1, unit: 1 })
      .end();
    expect(list).toEqual([{ score: 100, unit: [{ _id: 'u2', name: '市北区总工会' }] }]);
  });
});
