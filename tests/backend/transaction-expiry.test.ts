import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../cloudfunctions/backend/declaration';
import { DocumentStore } from '../../cloudfunctions/backend/store';
import { TransactionManager } from '../../cloudfunctions/backend/transactions';
import { makeTempDir, writeDeclaration } from '../support/backend';

// The 10 s production TTL is too slow for a test; the manager takes it as a parameter.
const dir = makeTempDir('backend-expiry');
const store = new DocumentStore(path.join(dir, 'data'), loadDeclaration(writeDeclaration(dir)));
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('transaction expiry and lock waits (TransactionManager directly)', () => {
  it('an abandoned transaction expires, releases its locks and cannot commit', async () => {
    const transactions = new TransactionManager(store, 500, 1_000);
    store.applyWrites([{ kind: 'insert', collection: 'items', id: 'x', doc: { _id: 'x', n: 1 } }]);
    const abandoned = transactions.start();
    await transactions.write(abandoned, 'items', 'x', { _id: 'x', n: 2 });
    expect(transactions.isLocked('items', 'x')).toBe(true);
    await sleep(600);
    expect(transactions.isLocked('items', 'x')).toBe(false);
    expect(() => transactions.commit(abandoned)).toThrow(/事务不存在或已结束/);
    expect(store.getDoc('items', 'x')?.doc.n).toBe(1);
  });

  it('a writer gives up with a conflict when a lock is held longer than the wait limit', async () => {
    const transactions = new TransactionManager(store, 10_000, 20);
    store.applyWrites([{ kind: 'insert', collection: 'items', id: 'y', doc: { _id: 'y', n: 1 } }]);
    const holder = transactions.start();
    await transactions.write(holder, 'items', 'y', { _id: 'y', n: 2 });
    const waiter = transactions.start();
    // The write itself succeeds (the SDK would lose the error code); the commit reports the conflict.
    await transactions.write(waiter, 'items', 'y', { _id: 'y', n: 3 });
    expect(() => transactions.commit(waiter)).toThrow(
      expect.objectContaining({ code: 'DATABASE_TRANSACTION_CONFLICT' }),
    );
    expect(() => transactions.commit(waiter)).toThrow(/事务不存在或已结束/);
    transactions.commit(holder);
    expect(store.getDoc('items', 'y')?.doc.n).toBe(2);
  });
});
