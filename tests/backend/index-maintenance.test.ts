import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cloud, SdkTransaction } from '../support/backend';
import { errCodeOf, makeTempDir } from '../support/backend';
import type { DeclarationFile, DeclaredBackend } from './declared-backend';
import { startDeclaredBackend } from './declared-backend';

const DECLARATION = {
  collections: {
    members: {
      indexes: [
        { name: 'openid_unique', keys: { openid: 1 }, unique: true },
        { name: 'by_subtree', keys: { unitPath: 1, joinedAt: -1 } },
        { name: 'by_tag', keys: { tag: 1 } },
      ],
    },
  },
};

const dir = makeTempDir('index-maintenance');
let t: DeclaredBackend;
beforeAll(async () => {
  t = await startDeclaredBackend(dir, DECLARATION);
});
afterAll(async () => {
  await t.backend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Matches of a query and how many documents it tested: an index entry left behind shows as a test. */
async function countOf(where: unknown): Promise<{ total: number; examined: number }> {
  const before = t.backend.documentsExamined();
  const { total } = await t.db.collection('members').where(where).count();
  return { total, examined: t.backend.documentsExamined() - before };
}

const members = (): Cloud => t.db.collection('members');

describe('index entries follow every write', () => {
  it('an update of an indexed field moves the document in the index', async () => {
    await members().add({ data: { _id: 'm1', openid: 'o1', tag: 'x', unitPath: ['root', 'a'] } });
    await members()
      .doc('m1')
      .update({ data: { tag: 'y' } });
    expect(await countOf({ tag: 'y' })).toEqual({ total: 1, examined: 1 });
    expect(await countOf({ tag: 'x' })).toEqual({ total: 0, examined: 0 });

    await members()
      .where({ tag: 'y' })
      .update({ data: { tag: 'z' } });
    expect(await countOf({ tag: 'z' })).toEqual({ total: 1, examined: 1 });
    expect(await countOf({ tag: 'y' })).toEqual({ total: 0, examined: 0 });
  });

  it('a replacement and array updates change the multikey entries', async () => {
    const _ = t.db.command;
    await members()
      .doc('m1')
      .set({ data: { openid: 'o1', unitPath: ['root', 'b'] } });
    expect(await countOf({ tag: 'z' })).toEqual({ total: 0, examined: 0 });
    expect(await countOf({ tag: null })).toEqual({ total: 1, examined: 1 });
    expect(await countOf({ unitPath: 'a' })).toEqual({ total: 0, examined: 0 });
    expect(await countOf({ unitPath: 'b' })).toEqual({ total: 1, examined: 1 });

    await members()
      .doc('m1')
      .update({ data: { unitPath: _.push(['c']) } });
    expect(await countOf({ unitPath: 'c' })).toEqual({ total: 1, examined: 1 });
    await members()
      .doc('m1')
      .update({ data: { unitPath: _.pull('b') } });
    expect(await countOf({ unitPath: 'b' })).toEqual({ total: 0, examined: 0 });
    expect(await countOf({ unitPath: 'root' })).toEqual({ total: 1, examined: 1 });
  });

  it('a removed document leaves the index', async () => {
    await members().add({
      data: [
        { _id: 'r1', openid: 'r1', tag: 'gone' },
        { _id: 'r2', openid: 'r2', tag: 'gone' },
      ],
    });
    await members().doc('r1').remove();
    expect(await countOf({ tag: 'gone' })).toEqual({ total: 1, examined: 1 });
    await members().where({ tag: 'gone' }).remove();
    expect(await countOf({ tag: 'gone' })).toEqual({ total: 0, examined: 0 });
  });
});

describe('a failed write leaves the indexes as they were', () => {
  it('a batch insert that breaks a unique index adds no entry', async () => {
    await members().add({ data: { _id: 'u1', openid: 'taken' } });
    const failed = members().add({
      data: [
        { openid: 'fresh', tag: 'batch' },
        { openid: 'taken', tag: 'batch' },
      ],
    });
    expect(await errCodeOf(failed)).toBe(-502001);
    expect(await countOf({ tag: 'batch' })).toEqual({ total: 0, examined: 0 });
  });

  it('an update by query that breaks a unique index keeps every old entry', async () => {
    await members().add({
      data: [
        { _id: 'p1', openid: 'p1', tag: 'pair' },
        { _id: 'p2', openid: 'p2', tag: 'pair' },
      ],
    });
    const failed = members()
      .where({ tag: 'pair' })
      .update({ data: { openid: 'same', tag: 'changed' } });
    expect(await errCodeOf(failed)).toBe(-502001);
    expect(await countOf({ tag: 'pair' })).toEqual({ total: 2, examined: 2 });
    expect(await countOf({ tag: 'changed' })).toEqual({ total: 0, examined: 0 });
  });

  it('a transaction whose commit fails adds and moves no entry', async () => {
    await members().add({ data: { _id: 't1', openid: 't1', tag: 'before' } });
    const failed = t.db.runTransaction(async (transaction: SdkTransaction) => {
      await transaction
        .collection('members')
        .doc('t1')
        .update({ data: { tag: 'in-transaction' } });
      await transaction.collection('members').add({ data: { openid: 'tx-new', tag: 'in-transaction' } });
      await transaction.collection('members').add({ data: { openid: 'taken', tag: 'in-transaction' } });
    }, 0);
    await expect(failed).rejects.toMatchObject({ message: expect.stringContaining('duplicate key') });
    expect(await countOf({ tag: 'in-transaction' })).toEqual({ total: 0, examined: 0 });
    expect(await countOf({ tag: 'before' })).toEqual({ total: 1, examined: 1 });
  });
});

describe('restarts', () => {
  const restartDir = makeTempDir('index-restart');
  afterAll(async () => {
    await t.backend.close();
    rmSync(restartDir, { recursive: true, force: true });
  });

  const declare = (indexes: object[]) => ({ collections: { things: { indexes } } });
  const FIRST = declare([
    { name: 'by_tag', keys: { tag: 1 } },
    { name: 'by_n', keys: { n: 1 } },
  ]);
  // by_tag dropped, by_n redefined, by_level new.
  const SECOND = declare([
    { name: 'by_n', keys: { n: 1, tag: 1 } },
    { name: 'by_level', keys: { level: 1 } },
  ]);

  async function restart(declaration: DeclarationFile): Promise<void> {
    const port = Number(new URL(t.backend.url).port);
    await t.backend.close();
    t = await startDeclaredBackend(restartDir, declaration, port);
  }

  async function countThings(where: (_: Cloud) => unknown): Promise<{ total: number; examined: number }> {
    const before = t.backend.documentsExamined();
    const { total } = await t.db.collection('things').where(where(t.db.command)).count();
    return { total, examined: t.backend.documentsExamined() - before };
  }

  // Only the document holding [1, 100] matches: 100 > 50 and 1 < 60. Once `n` held an array, the two bounds
  // must not be intersected, or that document is never a candidate.
  const betweenElements = (_: Cloud) => ({ n: _.gt(50).and(_.lt(60)) });

  it('keeps index entries and multikey paths across a restart', async () => {
    await restart(FIRST);
    const docs = Array.from({ length: 50 }, (_, i) => ({
      _id: `k${i}`,
      tag: `t${i % 5}`,
      n: i,
      level: i % 7,
    }));
    await t.db
      .collection('things')
      .add({ data: [...docs, { _id: 'arr', tag: 't0', n: [1, 100], level: 0 }] });
    expect(await countThings(betweenElements)).toEqual({ total: 1, examined: 1 });

    await restart(FIRST);
    expect(await countThings(() => ({ tag: 't1' }))).toEqual({ total: 10, examined: 10 });
    expect(await countThings(betweenElements)).toEqual({ total: 1, examined: 1 });
  });

  it('drops, rebuilds and builds indexes when the declaration changes', async () => {
    await restart(SECOND);
    expect(await countThings(() => ({ tag: 't1' }))).toEqual({ total: 10, examined: 51 });
    expect(await countThings(() => ({ level: 3 }))).toEqual({ total: 7, examined: 7 });
    expect(await countThings(betweenElements)).toEqual({ total: 1, examined: 1 });
    expect(await countThings((_) => ({ n: _.in([3, 4]), tag: 't3' }))).toEqual({ total: 1, examined: 1 });
  });
});
