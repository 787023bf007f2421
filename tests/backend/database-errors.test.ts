import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isDatabaseUnreachable,
  isDuplicateKey,
  isTransactionConflict,
} from '../../cloudfunctions/src/platform/db-errors';
import type { SdkTransaction, TestBackend } from '../support/backend';
import { startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(async () => {
  await t.close();
});

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

/** The shapes in which database failures reach function code, told apart by the one shared helper. */
describe('database errors as function code sees them', () => {
  it('a database out of reach is told apart from every failure of the request itself', async () => {
    // As tests/reliability/crash.test.ts meets them when the backend is killed under the functions (that test
    // holds the whole path to UNAVAILABLE): the SDK's wrapping, and Node's own error where nothing wraps it.
    const refused = Object.assign(
      new Error('collection.get:fail -501001 resource system error. connect ECONNREFUSED'),
      {
        errCode: -501001,
        errMsg: 'collection.get:fail -501001 resource system error. connect ECONNREFUSED 127.0.0.1:37973',
      },
    );
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const cutAggregate = new Error('collection.aggregate:fail read ECONNRESET');
    for (const failure of [refused, reset, cutAggregate]) expect(isDatabaseUnreachable(failure)).toBe(true);

    await t.db.collection('people').add({ data: { _id: 'reach-1', openid: 'reach' } });
    const duplicate = await failureOf(t.db.collection('people').add({ data: { _id: 'reach-1' } }));
    expect(isDatabaseUnreachable(duplicate)).toBe(false);
    expect(isDatabaseUnreachable(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    );
  });

  it('a unique-index violation is a duplicate key, outside a transaction and at commit', async () => {
    await t.db.collection('people').add({ data: { _id: 'p1', openid: 'same' } });
    const plain = await failureOf(t.db.collection('people').add({ data: { openid: 'same' } }));
    expect(plain).toMatchObject({ errCode: -502001 });
    expect(isDuplicateKey(plain)).toBe(true);

    // Inside a transaction the clash is only found when it commits; the SDK rejects with the backend's code.
    const atCommit = await failureOf(
      t.db.runTransaction(async (transaction: SdkTransaction) => {
        await transaction.collection('people').add({ data: { openid: 'same' } });
      }, 0),
    );
    expect(atCommit).toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringContaining('duplicate key'),
    });
    expect(isDuplicateKey(atCommit)).toBe(true);
    expect(isTransactionConflict(atCommit)).toBe(false);
  });

  it('any other -502001 is a failure, not "already exists"', async () => {
    const whereInTransaction = await failureOf(
      t.db.runTransaction(async (transaction: SdkTransaction) => {
        await transaction.collection('people').where({ openid: 'same' }).get();
      }, 0),
    );
    expect(whereInTransaction).toMatchObject({ errCode: -502001 });
    expect(String((whereInTransaction as Error).message)).not.toMatch(/duplicate key/);
    expect(isDuplicateKey(whereInTransaction)).toBe(false);

    const badUpdate = await failureOf(
      t.db
        .collection('people')
        .doc('p1')
        .update({ data: { _id: 'renamed' } }),
    );
    expect(badUpdate).toMatchObject({ errCode: expect.any(Number) });
    expect(isDuplicateKey(badUpdate)).toBe(false);
  });

  it('a conflict at commit is recognised as one, so the change can run again', async () => {
    await t.db.collection('accounts').add({ data: { _id: 'c1', balance: 0 } });
    const transaction = await t.db.startTransaction();
    await transaction.collection('accounts').doc('c1').get();
    await t.db
      .collection('accounts')
      .doc('c1')
      .update({ data: { balance: 5 } });
    await transaction
      .collection('accounts')
      .doc('c1')
      .update({ data: { balance: 1 } });
    const conflict = await failureOf(transaction.commit());
    expect(isTransactionConflict(conflict)).toBe(true);
    expect(isDuplicateKey(conflict)).toBe(false);
  });
});
