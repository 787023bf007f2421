import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(async () => {
  await t.close();
});

async function fresh(data: Record<string, unknown>): Promise<string> {
  const { _id } = await t.db.collection('items').add({ data });
  return _id as string;
}

async function read(id: string): Promise<Record<string, unknown>> {
  return (await t.db.collection('items').doc(id).get()).data;
}

describe('update commands', () => {
  it('inc, mul, max, min', async () => {
    const _ = t.db.command;
    const id = await fresh({ a: 1, b: 2, c: 5, d: 5 });
    await t.db
      .collection('items')
      .doc(id)
      .update({ data: { a: _.inc(2), b: _.mul(3), c: _.max(9), d: _.min(1) } });
    expect(await read(id)).toMatchObject({ a: 3, b: 6, c: 9, d: 1 });
  });

  it('push, unshift, pop, addToSet, pull', async () => {
    const _ = t.db.command;
    const id = await fresh({ list: [2, 3], tags: ['x'], junk: [1, 2, 1, 3] });
    const doc = t.db.collection('items').doc(id);
    await doc.update({ data: { list: _.push([4, 5]) } });
    await doc.update({ data: { list: _.unshift([1]) } });
    expect((await read(id)).list).toEqual([1, 2, 3, 4, 5]);
    await doc.update({ data: { list: _.pop() } });
    await doc.update({ data: { tags: _.addToSet('x') } });
    await doc.update({ data: { tags: _.addToSet('y') } });
    await doc.update({ data: { junk: _.pull(1) } });
    expect(await read(id)).toMatchObject({ list: [1, 2, 3, 4], tags: ['x', 'y'], junk: [2, 3] });
  });

  it('remove (unset), rename and set of a whole object', async () => {
    const _ = t.db.command;
    const id = await fresh({ gone: 1, old: 'v', obj: { a: 1, b: 2 } });
    await t.db
      .collection('items')
      .doc(id)
      .update({ data: { gone: _.remove(), old: _.rename('renamed'), obj: _.set({ c: 3 }) } });
    const data = await read(id);
    expect(data).not.toHaveProperty('gone');
    expect(data).not.toHaveProperty('old');
    expect(data).toMatchObject({ renamed: 'v', obj: { c: 3 } });
  });

  it('dot-path keys update one nested field', async () => {
    const id = await fresh({ prof: { city: 'a', zip: '1' } });
    await t.db
      .collection('items')
      .doc(id)
      .update({ data: { 'prof.city': 'b' } });
    expect((await read(id)).prof).toEqual({ city: 'b', zip: '1' });
  });

  it('20 parallel _.inc give the exact total', async () => {
    const _ = t.db.command;
    const id = await fresh({ count: 0 });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        t.db
          .collection('items')
          .doc(id)
          .update({ data: { count: _.inc(1) } }),
      ),
    );
    expect((await read(id)).count).toBe(20);
  });

  it('serverDate in add and update is the server time plus offset', async () => {
    const before = Date.now();
    const id = await fresh({ createdAt: t.db.serverDate() });
    await t.db
      .collection('items')
      .doc(id)
      .update({ data: { dueAt: t.db.serverDate({ offset: 3_600_000 }) } });
    const after = Date.now();
    const data = (await read(id)) as { createdAt: Date; dueAt: Date };
    expect(data.createdAt).toBeInstanceOf(Date);
    expect(data.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(data.createdAt.getTime()).toBeLessThanOrEqual(after + 1000);
    expect(data.dueAt.getTime()).toBeGreaterThanOrEqual(before + 3_600_000 - 1000);
    expect(data.dueAt.getTime()).toBeLessThanOrEqual(after + 3_600_000 + 1000);
  });
});
