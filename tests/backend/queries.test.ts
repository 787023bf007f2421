import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
  const docs = Array.from({ length: 150 }, (_, i) => ({
    _id: `q${String(i).padStart(3, '0')}`,
    n: i,
    kind: 'bulk',
  }));
  for (const doc of docs) await t.db.collection('units').add({ data: doc });
  await t.db.collection('items').add({ data: { name: 'Qingdao Union', city: '青岛', score: 90 } });
  await t.db.collection('items').add({ data: { name: 'qingdao workers', city: '青岛', score: 70 } });
  await t.db.collection('items').add({ data: { name: 'Jinan', city: '济南', score: 80, extra: 1 } });
});
afterAll(async () => {
  await t.close();
});

describe('paging and the 100 cap', () => {
  it('get() without limit returns at most 100', async () => {
    expect((await t.db.collection('units').get()).data).toHaveLength(100);
  });

  it('limit(1000) is clamped to 100', async () => {
    expect((await t.db.collection('units').limit(1000).get()).data).toHaveLength(100);
  });

  it('skip pages past the first hundred in order', async () => {
    const { data } = await t.db.collection('units').orderBy('n', 'asc').skip(100).limit(100).get();
    expect(data).toHaveLength(50);
    expect(data[0].n).toBe(100);
    expect(data[49].n).toBe(149);
  });

  it('orderBy desc with limit', async () => {
    const { data } = await t.db.collection('units').orderBy('n', 'desc').limit(3).get();
    expect(data.map((d: { n: number }) => d.n)).toEqual([149, 148, 147]);
  });

  it('count() is not capped', async () => {
    expect((await t.db.collection('units').where({ kind: 'bulk' }).count()).total).toBe(150);
  });

  it('field() projects', async () => {
    const { data } = await t.db.collection('units').where({ n: 5 }).field({ n: true }).get();
    expect(data).toEqual([{ _id: 'q005', n: 5 }]);
  });
});

describe('query commands', () => {
  it('comparison, in, and/or, exists, neq', async () => {
    const _ = t.db.command;
    const items = t.db.collection('items');
    expect((await items.where({ score: _.gt(75).and(_.lte(90)) }).get()).data).toHaveLength(2);
    expect((await items.where({ city: _.in(['济南']) }).get()).data).toHaveLength(1);
    expect((await items.where(_.or([{ score: 70 }, { score: 80 }])).get()).data).toHaveLength(2);
    expect((await items.where({ extra: _.exists(true) }).get()).data).toHaveLength(1);
    expect((await items.where({ city: _.neq('青岛') }).get()).data).toHaveLength(1);
  });

  it('db.RegExp and native RegExp both match', async () => {
    const items = t.db.collection('items');
    const viaDbRegExp = await items.where({ name: t.db.RegExp({ regexp: '^qingdao', options: 'i' }) }).get();
    expect(viaDbRegExp.data).toHaveLength(2);
    const viaNative = await items.where({ name: /workers$/ }).get();
    expect(viaNative.data.map((d: { name: string }) => d.name)).toEqual(['qingdao workers']);
  });

  it('serverDate in a query is resolved on the server', async () => {
    await t.db.collection('items').add({ data: { name: 'old', at: new Date(Date.now() - 3_600_000) } });
    const _ = t.db.command;
    const { data } = await t.db
      .collection('items')
      .where({ at: _.lt(t.db.serverDate({ offset: -60_000 })) })
      .get();
    expect(data.map((d: { name: string }) => d.name)).toEqual(['old']);
  });
});
