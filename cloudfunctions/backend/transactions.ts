import { randomBytes } from 'node:crypto';
import type { Doc } from './ejson';
import { BackendError, ErrorCodes, transactionConflict } from './errors';
import type { DocumentStore, StoredDoc, Write } from './store';

/** An open transaction with no request for this long is dropped and its locks released. */
export const TRANSACTION_TTL_MS = 10_000;
/** How long a write waits for another transaction's lock before giving up with a conflict. */
export const LOCK_WAIT_MS = 5_000;
const LOCK_POLL_MS = 3;

interface BufferedWrite {
  collection: string;
  id: string;
  /** null = removed inside the transaction */
  doc: Doc | null;
}

interface OpenTransaction {
  id: string;
  lastActivity: number;
  writes: Map<string, BufferedWrite>;
  /** Version of every doc the transaction read or wrote, at first access (null = did not exist). */
  snapshots: Map<string, number | null>;
  /** Set when a write met a conflict; the commit then fails with DATABASE_TRANSACTION_CONFLICT. */
  conflict?: string;
}

const keyOf = (collection: string, id: string): string => `${collection}\u0000${id}`;

/**
 * Optimistic transactions: writes are buffered per transaction and take a lock on the doc; commit checks
 * that nothing the transaction touched changed since, then applies everything in one SQLite transaction.
 */
export class TransactionManager {
  private readonly open = new Map<string, OpenTransaction>();
  private readonly locks = new Map<string, string>();

  constructor(
    private readonly store: DocumentStore,
    private readonly ttlMs: number = TRANSACTION_TTL_MS,
    private readonly lockWaitMs: number = LOCK_WAIT_MS,
  ) {}

  start(): string {
    const id = randomBytes(16).toString('hex');
    this.open.set(id, { id, lastActivity: Date.now(), writes: new Map(), snapshots: new Map() });
    return id;
  }

  private active(transactionId: unknown): OpenTransaction {
    const transaction = typeof transactionId === 'string' ? this.open.get(transactionId) : undefined;
    if (!transaction || this.expireIfStale(transaction)) {
      throw new BackendError(
        ErrorCodes.transactionFailed,
        `事务不存在或已结束（超时 ${TRANSACTION_TTL_MS} ms）`,
      );
    }
    transaction.lastActivity = Date.now();
    return transaction;
  }

  private expireIfStale(transaction: OpenTransaction): boolean {
    if (Date.now() - transaction.lastActivity <= this.ttlMs) return false;
    this.discard(transaction);
    return true;
  }

  /** Reads a doc as the transaction sees it: its own buffered write first, else the committed doc. */
  read(transactionId: unknown, collection: string, id: string): Doc | undefined {
    const transaction = this.active(transactionId);
    const key = keyOf(collection, id);
    const buffered = transaction.writes.get(key);
    if (buffered) return buffered.doc ?? undefined;
    const committed = this.store.getDoc(collection, id);
    if (!transaction.snapshots.has(key)) transaction.snapshots.set(key, committed?.version ?? null);
    return committed?.doc;
  }

  /**
   * Buffers a write (doc null = remove), after waiting for any other transaction's lock on the doc.
   * A conflict found here is reported by the commit, not by this write: wx-server-sdk turns errors of
   * doc().update() into -501001 without the code, and runTransaction only retries on the commit's code.
   */
  async write(transactionId: unknown, collection: string, id: string, doc: Doc | null): Promise<void> {
    const transaction = this.active(transactionId);
    const key = keyOf(collection, id);
    // Having read the doc, this transaction conflicts with whichever other one holds it: say so now rather
    // than wait for that one to commit (as MongoDB answers a write conflict at once), so the retry comes sooner.
    if (transaction.snapshots.has(key) && this.lockHolder(key, transaction.id) !== undefined) {
      transaction.conflict = `文档 ${collection}/${id} 正被其他事务修改`;
      return;
    }
    try {
      await this.waitForLocks([key], transaction.id);
    } catch {
      transaction.conflict = `文档 ${collection}/${id} 被其他事务锁定超过 ${this.lockWaitMs} ms`;
      return;
    }
    this.active(transactionId);
    const current = this.store.getDoc(collection, id)?.version ?? null;
    if (!transaction.snapshots.has(key)) transaction.snapshots.set(key, current);
    else if (transaction.snapshots.get(key) !== current) {
      transaction.conflict = `文档 ${collection}/${id} 在事务读取后被修改`;
    }
    this.locks.set(key, transaction.id);
    transaction.writes.set(key, { collection, id, doc });
  }

  commit(transactionId: unknown): void {
    const transaction = this.active(transactionId);
    try {
      if (transaction.conflict) throw transactionConflict(transaction.conflict);
      for (const [key, version] of transaction.snapshots) {
        const [collection, id] = key.split('\u0000');
        const current = this.store.getDoc(collection, id)?.version ?? null;
        if (current !== version) throw transactionConflict(`文档 ${collection}/${id} 在事务期间被修改`);
      }
      const writes: Write[] = [];
      for (const { collection, id, doc } of transaction.writes.values()) {
        const existed = this.store.getDoc(collection, id) !== undefined;
        if (doc === null) {
          if (existed) writes.push({ kind: 'delete', collection, id });
        } else writes.push({ kind: existed ? 'replace' : 'insert', collection, id, doc });
      }
      this.store.applyWrites(writes);
    } finally {
      this.discard(transaction);
    }
  }

  /** Aborting an unknown or finished transaction succeeds: the SDK rolls back after failed commits too. */
  abort(transactionId: unknown): void {
    const transaction = typeof transactionId === 'string' ? this.open.get(transactionId) : undefined;
    if (transaction) this.discard(transaction);
  }

  private discard(transaction: OpenTransaction): void {
    for (const key of transaction.writes.keys()) {
      if (this.locks.get(key) === transaction.id) this.locks.delete(key);
    }
    this.open.delete(transaction.id);
  }

  /** Lock holder of a doc, if it is an open transaction other than `except`. */
  private lockHolder(key: string, except?: string): string | undefined {
    const holder = this.locks.get(key);
    if (!holder || holder === except) return undefined;
    const transaction = this.open.get(holder);
    if (!transaction || this.expireIfStale(transaction)) {
      this.locks.delete(key);
      return undefined;
    }
    return holder;
  }

  /**
   * Waits until no other open transaction holds a lock on the given docs; non-transactional writes block
   * like in CloudBase, and give up with DATABASE_TRANSACTION_CONFLICT after lockWaitMs (5 s by default).
   */
  async waitForLocks(keys: string[], except?: string): Promise<void> {
    const deadline = Date.now() + this.lockWaitMs;
    for (;;) {
      const blocked = keys.find((key) => this.lockHolder(key, except) !== undefined);
      if (blocked === undefined) return;
      if (Date.now() > deadline)
        throw transactionConflict(`文档 ${blocked.replace('\u0000', '/')} 被其他事务锁定`);
      await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
    }
  }

  isLocked(collection: string, id: string): boolean {
    return this.lockHolder(keyOf(collection, id)) !== undefined;
  }

  lockKeys(collection: string, docs: StoredDoc[] | string[]): string[] {
    return docs.map((doc) => keyOf(collection, typeof doc === 'string' ? doc : doc.id));
  }
}
