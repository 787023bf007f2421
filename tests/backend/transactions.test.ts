import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SdkTransaction, TestBackend } from '../support/backend';
import { errCodeOf, startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(async () => {
  await t.close();
});

async function balance(id: string): Promise<number> {
  return (await t.db.collection('accounts').doc(id).get()).data.balance;
}

describe('transactions', () => {
  it('runTransaction commits writes to two docs atomically', async () => {
    await t.db.collection('accounts').add({ data: { _id: 'a', balance: 100 } });
    await t.db.collection('accounts').add({ data: { _id: 'b', balance: 0 } });
    const result = await t.db.runTransaction(async (transaction: SdkTransaction) => {
      const from = (await transaction.collection('accounts').doc('a').get()).data;
      await transaction
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: from.balance - 30 } });
      await transaction
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: t.db.command.inc(30) } });
      return 'done';
    });
    expect(result).toBe('done');
    expect([await balance('a'), await balance('b')]).toEqual([70, 30]);
  });

  it('reads its own writes, and outsiders do not see them before commit', async () => {
    await t.db.collection('accounts').add({ data: { _id: 'iso', balance: 1 } });
    const transaction = await t.db.startTransaction();
    await transaction
      .collection('accounts')
      .doc('iso')
      .update({ data: { balance: 2 } });
    await transaction.collection('accounts').add({ data: { _id: 'iso-new', balance: 5 } });
    expect((await transaction.collection('accounts').doc('iso').get()).data.balance).toBe(2);
    expect((await transaction.collection('accounts').doc('iso-new').get()).data.balance).toBe(5);
    expect(await balance('iso')).toBe(1);
    expect(await errCodeOf(t.db.collection('accounts').doc('iso-new').get())).toBe(-1);
    await transaction.commit();
    expect(await balance('iso')).toBe(2);
    expect(await balance('iso-new')).toBe(5);
  });

  it('rollback rejects with the reason and writes nothing', async () => {
    await t.db.collection('accounts').add({ data: { _id: 'rb', balance: 10 } });
    const outcome = t.db.runTransaction(async (transaction: SdkTransaction) => {
      await transaction
        .collection('accounts')
        .doc('rb')
        .update({ data: { balance: 999 } });
      await transaction.collection('accounts').add({ data: { _id: 'rb-new', balance: 1 } });
      await transaction.rollback('余额不足');
    });
    await expect(outcome).rejects.toBe('余额不足');
    expect(await balance('rb')).toBe(10);
    expect(await errCodeOf(t.db.collection('accounts').doc('rb-new').get())).toBe(-1);
  });

  it('two concurrent transactions on one doc: one conflicts, retries, and the total is exact', async () => {
    await t.db.collection('accounts').add({ data: { _id: 'hot', balance: 0 } });
    let attempts = 0;
    let reads = 0;
    let releaseReaders!: () => void;
    const bothHaveRead = new Promise<void>((resolve) => (releaseReaders = resolve));
    const transfer = (amount: number) =>
      t.db.runTransaction(async (transaction: SdkTransaction) => {
        attempts += 1;
        const current = (await transaction.collection('accounts').doc('hot').get()).data.balance;
        // The first attempts of both callbacks read before either writes, so one commit must conflict.
        reads += 1;
        if (reads === 2) releaseReaders();
        if (reads <= 2) await bothHaveRead;
        await transaction
          .collection('accounts')
          .doc('hot')
          .update({ data: { balance: current + amount } });
      });
    await Promise.all([transfer(1), transfer(10)]);
    expect(await balance('hot')).toBe(11);
    expect(attempts).toBeGreaterThanOrEqual(3);
  });

  it('a plain write waits for the lock of an open transaction, then applies on top of its commit', async () => {
    await t.db.collection('accounts').add({ data: { _id: 'lock', balance: 0 } });
    const transaction = await t.db.startTransaction();
    await transaction
      .collection('accounts')
      .doc('lock')
      .update({ data: { balance: 5 } });
    const plainWrite = t.db
      .collection('accounts')
      .doc('lock')
      .update({ data: { balance: t.db.command.inc(1) } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await transaction.commit();
    await plainWrite;
    expect(await balance('lock')).toBe(6);
  });

  it('unique indexes are checked at commit', async () => {
    await t.db.collection('people').add({ data: { openid: 'o-tx' } });
    const outcome = t.db.runTransaction(async (transaction: SdkTransaction) => {
      await transaction.collection('people').add({ data: { _id: 'p-tx', openid: 'o-tx' } });
    });
    await expect(outcome).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' });
    expect(await errCodeOf(t.db.collection('people').doc('p-tx').get())).toBe(-1);
  });

  it('where() inside a transaction is refused', async () => {
    const transaction = await t.db.startTransaction();
    const code = await errCodeOf(transaction.collection('accounts').where({ balance: 0 }).get());
    expect(code).toBe(-502001);
    await transaction.rollback();
  });
});
