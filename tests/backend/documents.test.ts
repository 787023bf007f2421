import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { errCodeOf, startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(async () => {
  await t.close();
});

describe('documents', () => {
  it('add generates a 32-hex _id and doc().get() reads it back', async () => {
    const { _id } = await t.db.collection('items').add({ data: { title: '通知', n: 1 } });
    expect(_id).toMatch(/^[0-9a-f]{32}$/);
    const { data } = await t.db.collection('items').doc(_id).get();
    expect(data).toEqual({ _id, title: '通知', n: 1 });
  });

  it('add keeps a caller-chosen _id', async () => {
    const { _id } = await t.db.collection('items').add({ data: { _id: 'fixed-1', n: 2 } });
    expect(_id).toBe('fixed-1');
  });

  it('doc().get() of a missing doc rejects', async () => {
    await expect(t.db.collection('items').doc('nope').get()).rejects.toThrow(/does not exist/);
  });

  it('dates, numbers, booleans, nulls, arrays and nested objects round-trip', async () => {
    const value = {
      at: new Date('2026-03-01T08:00:00.123Z'),
      int: 7,
      big: 2 ** 40,
      float: 1.5,
      yes: true,
      nothing: null,
      list: [1, 'a', { deep: new Date(0) }],
      nested: { a: { b: 'c' } },
    };
    const { _id } = await t.db.collection('items').add({ data: value });
    const { data } = await t.db.collection('items').doc(_id).get();
    expect(data).toEqual({ _id, ...value });
    expect(data.at).toBeInstanceOf(Date);
    expect(data.list[2].deep).toBeInstanceOf(Date);
  });

  it('update merges nested objects by dot path instead of replacing them', async () => {
    const { _id } = await t.db
      .collection('items')
      .add({ data: { prof: { city: '青岛', district: '市南' }, n: 1 } });
    const result = await t.db
      .collection('items')
      .doc(_id)
      .update({ data: { prof: { city: '济南' } } });
    expect(result.stats.updated).toBe(1);
    const { data } = await t.db.collection('items').doc(_id).get();
    expect(data.prof).toEqual({ city: '济南', district: '市南' });
    expect(data.n).toBe(1);
  });

  it('update of a missing doc updates nothing and does not create it', async () => {
    const result = await t.db
      .collection('items')
      .doc('ghost')
      .update({ data: { n: 1 } });
    expect(result.stats.updated).toBe(0);
    expect(await errCodeOf(t.db.collection('items').doc('ghost').get())).toBe(-1);
  });

  it('set replaces the whole document, keeps _id, and creates a missing one (upsert)', async () => {
    const { _id } = await t.db.collection('items').add({ data: { a: 1, b: { c: 2 } } });
    await t.db
      .collection('items')
      .doc(_id)
      .set({ data: { b: { d: 3 } } });
    expect((await t.db.collection('items').doc(_id).get()).data).toEqual({ _id, b: { d: 3 } });
    const created = await t.db
      .collection('items')
      .doc('made-by-set')
      .set({ data: { x: 1 } });
    expect(created._id).toBe('made-by-set');
    expect((await t.db.collection('items').doc('made-by-set').get()).data).toEqual({
      _id: 'made-by-set',
      x: 1,
    });
  });

  it('remove deletes one doc, where().remove() deletes all matches', async () => {
    const { _id } = await t.db.collection('items').add({ data: { tag: 'gone' } });
    expect((await t.db.collection('items').doc(_id).remove()).stats.removed).toBe(1);
    await Promise.all([1, 2, 3].map((i) => t.db.collection('items').add({ data: { tag: 'bulk', i } })));
    expect((await t.db.collection('items').where({ tag: 'bulk' }).remove()).stats.removed).toBe(3);
    expect((await t.db.collection('items').where({ tag: 'bulk' }).count()).total).toBe(0);
  });

  it('where().update() updates every match', async () => {
    await Promise.all([1, 2, 3].map((i) => t.db.collection('items').add({ data: { group: 'g', i } })));
    const result = await t.db
      .collection('items')
      .where({ group: 'g' })
      .update({ data: { seen: true } });
    expect(result.stats.updated).toBe(3);
    expect((await t.db.collection('items').where({ group: 'g', seen: true }).count()).total).toBe(3);
  });

  it('where() on a nested object matches by dot path, not the whole subdocument', async () => {
    await t.db.collection('items').add({ data: { kind: 'flat', a: { b: 1, c: 2 } } });
    const { data } = await t.db
      .collection('items')
      .where({ kind: 'flat', a: { b: 1 } })
      .get();
    expect(data).toHaveLength(1);
  });

  it('createCollection adds a collection that persists and can be used', async () => {
    await t.db.createCollection('runtime_made');
    const { _id } = await t.db.collection('runtime_made').add({ data: { ok: true } });
    expect((await t.db.collection('runtime_made').doc(_id).get()).data.ok).toBe(true);
  });
});
