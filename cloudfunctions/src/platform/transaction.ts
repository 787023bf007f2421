import { db } from './cloud';

/** The part of wx-server-sdk's (untyped) transaction object this code uses: single-document operations only. */
export interface Transaction {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: unknown }>;
      update(options: { data: unknown }): Promise<unknown>;
      set(options: { data: unknown }): Promise<unknown>;
      remove(): Promise<unknown>;
    };
    add(options: { data: unknown }): Promise<unknown>;
  };
}

/** Runs `work` in a database transaction; the SDK retries it when CloudBase reports a write conflict. */
export function inTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
  return db.runTransaction(work) as Promise<T>;
}
