import { AppError } from '../../shared/errors';
import { db } from './cloud';
import { isDuplicateKey, isTransactionConflict, isTransactionLost } from './db-errors';

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

/** A document as the transaction sees it (its own writes included), or null when there is none. */
export async function readInTransaction<T>(
  transaction: Transaction,
  collection: string,
  id: string,
): Promise<T | null> {
  return ((await transaction.collection(collection).doc(id).get()).data ?? null) as T | null;
}

export interface AtomicOptions {
  /** The domain error a unique-index violation means for this change (e.g. ALREADY_MEMBER). */
  onDuplicate?: (error: unknown) => AppError;
  /** How long to keep retrying conflicts before answering BUSY; well inside the function timeout. */
  budgetMs?: number;
}

const DEFAULT_BUDGET_MS = 7_000;
const FIRST_BACKOFF_MS = 15;
const MAX_BACKOFF_MS = 400;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a change that touches several documents as one transaction: all of it commits or none of it does.
 * A conflict with a concurrent change runs `work` again after a jittered, growing pause (a crowd scanning
 * one code after a meeting must all get through), a unique-index violation becomes the caller's domain
 * error, and anything else propagates. `work` may run several times, so it only reads and writes through
 * the transaction and decides everything from what it read there.
 */
export async function atomically<T>(
  work: (transaction: Transaction) => Promise<T>,
  options: AtomicOptions = {},
): Promise<T> {
  const deadline = Date.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  for (let attempt = 0; ; attempt += 1) {
    try {
      // Retries are ours (with backoff); the SDK's own retry would hammer the same documents at once.
      return (await db.runTransaction(work as (transaction: unknown) => Promise<T>, 0)) as T;
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (isDuplicateKey(error)) {
        if (options.onDuplicate) throw options.onDuplicate(error);
        throw new AppError('CONFLICT');
      }
      if (!isTransactionConflict(error) && !isTransactionLost(error)) throw error;
      const pause = Math.random() * Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** attempt);
      if (Date.now() + pause > deadline) throw new AppError('BUSY');
      await sleep(pause);
    }
  }
}
