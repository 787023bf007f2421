import Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Declaration, IndexDefinition } from './declaration';
import { DocumentCache } from './document-cache';
import type { Doc } from './ejson';
import { fromStoredEjson, toCanonicalEjson } from './ejson';
import { BackendError, ErrorCodes, collectionMissing } from './errors';
import { IndexTable } from './indexing/index-table';
import { describeDuplicate, uniqueKeyOf } from './indexes';

export interface StoredDoc {
  id: string;
  doc: Doc;
  /** Global write sequence of the last write; lets transactions see whether a doc changed under them. */
  version: number;
}

export type Write =
  | { kind: 'insert'; collection: string; id: string; doc: Doc }
  | { kind: 'replace'; collection: string; id: string; doc: Doc }
  | { kind: 'delete'; collection: string; id: string };

export interface OutboxMessage {
  seq: number;
  createdAt: string;
  apiName: string;
  payload: unknown;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  collection TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, version INTEGER NOT NULL,
  PRIMARY KEY (collection, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS unique_keys (
  collection TEXT NOT NULL, index_name TEXT NOT NULL, key TEXT NOT NULL, doc_id TEXT NOT NULL,
  PRIMARY KEY (collection, index_name, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS unique_keys_by_doc ON unique_keys (collection, doc_id);
CREATE TABLE IF NOT EXISTS index_definitions (
  collection TEXT NOT NULL, index_name TEXT NOT NULL, paths TEXT NOT NULL,
  PRIMARY KEY (collection, index_name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, api_name TEXT NOT NULL, payload TEXT NOT NULL);
`;

/** Parsed documents kept besides whole collections: enough for the candidates of many indexed queries. */
const RECENT_DOCS = 10_000;
/** Documents parsed at a time while building an index, so that the build never holds a whole collection. */
const BUILD_BATCH = 500;
/**
 * Candidates read from SQLite per statement: one statement for many ids costs a fraction of one per id, and a
 * page of at most this many unparsed rows is all a query that stops early reads in vain.
 */
const FETCH_BATCH = 64;

/** SQLite-backed document store; every method is synchronous, so each call is atomic within the process. */
export class DocumentStore {
  private readonly db: Database.Database;
  private readonly uniqueIndexes = new Map<string, IndexDefinition[]>();
  private readonly collections = new Set<string>();
  private readonly cache = new DocumentCache(RECENT_DOCS);
  /** Entries of every declared index; queries plan and read with it. */
  readonly indexes: IndexTable;
  private examined = 0;
  private version: number;
  private readonly statements: {
    getDoc: Statement<[string, string], { body: string; version: number }>;
    getDocs: Statement<[string, string], { id: string; body: string; version: number }>;
    listDocs: Statement<[string], { id: string; body: string; version: number }>;
    listDocsAfter: Statement<
      [string, string | number, number],
      { id: string; body: string; version: number }
    >;
    insertDoc: Statement<[string, string, string, number]>;
    replaceDoc: Statement<[string, string, string, number]>;
    deleteDoc: Statement<[string, string]>;
    findKey: Statement<[string, string, string], { doc_id: string }>;
    insertKey: Statement<[string, string, string, string]>;
    deleteKeysOfDoc: Statement<[string, string]>;
    addCollection: Statement<[string]>;
    addOutbox: Statement<[string, string, string]>;
    listOutbox: Statement<[], { seq: number; created_at: string; api_name: string; payload: string }>;
  };

  constructor(dataDir: string, declaration: Declaration) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'cloudbase.sqlite'));
    this.db.pragma('journal_mode = WAL');
    // With WAL, NORMAL writes every commit into the WAL before answering, so an acknowledged write survives
    // kill -9 of this process (the OS holds the pages); only an OS crash or power cut could lose the newest
    // commits. FULL would also survive those, but its fsync per commit halves throughput for a dev backend.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.statements = {
      getDoc: this.db.prepare('SELECT body, version FROM documents WHERE collection = ? AND id = ?'),
      getDocs: this.db.prepare(
        'SELECT id, body, version FROM documents WHERE collection = ? AND id IN (SELECT value FROM json_each(?))',
      ),
      listDocs: this.db.prepare('SELECT id, body, version FROM documents WHERE collection = ? ORDER BY id'),
      listDocsAfter: this.db.prepare(
        'SELECT id, body, version FROM documents WHERE collection = ? AND id > ? ORDER BY id LIMIT ?',
      ),
      insertDoc: this.db.prepare('INSERT INTO documents (collection, id, body, version) VALUES (?, ?, ?, ?)'),
      replaceDoc: this.db.prepare(
        'INSERT OR REPLACE INTO documents (collection, id, body, version) VALUES (?, ?, ?, ?)',
      ),
      deleteDoc: this.db.prepare('DELETE FROM documents WHERE collection = ? AND id = ?'),
      findKey: this.db.prepare(
        'SELECT doc_id FROM unique_keys WHERE collection = ? AND index_name = ? AND key = ?',
      ),
      insertKey: this.db.prepare(
        'INSERT INTO unique_keys (collection, index_name, key, doc_id) VALUES (?, ?, ?, ?)',
      ),
      deleteKeysOfDoc: this.db.prepare('DELETE FROM unique_keys WHERE collection = ? AND doc_id = ?'),
      addCollection: this.db.prepare('INSERT OR IGNORE INTO collections (name) VALUES (?)'),
      addOutbox: this.db.prepare('INSERT INTO outbox (created_at, api_name, payload) VALUES (?, ?, ?)'),
      listOutbox: this.db.prepare('SELECT seq, created_at, api_name, payload FROM outbox ORDER BY seq'),
    };
    const row = this.db.prepare('SELECT MAX(version) AS max FROM documents').get() as { max: number | null };
    this.version = row.max ?? 0;
    for (const { name } of this.db.prepare('SELECT name FROM collections').all() as { name: string }[]) {
      this.collections.add(name);
    }
    this.indexes = new IndexTable(this.db);
    this.applyDeclaration(declaration);
  }

  private applyDeclaration(declaration: Declaration): void {
    const known = this.db.prepare('SELECT collection, index_name, paths FROM index_definitions').all() as {
      collection: string;
      index_name: string;
      paths: string;
    }[];
    const rebuild = this.db.transaction(() => {
      for (const [name, indexes] of declaration.collections) {
        this.statements.addCollection.run(name);
        this.collections.add(name);
        this.uniqueIndexes.set(
          name,
          indexes.filter((index) => index.unique),
        );
      }
      for (const old of known) {
        const current = this.uniqueIndexes.get(old.collection)?.find((i) => i.name === old.index_name);
        if (!current || JSON.stringify(current.paths) !== old.paths) {
          this.db
            .prepare('DELETE FROM unique_keys WHERE collection = ? AND index_name = ?')
            .run(old.collection, old.index_name);
          this.db
            .prepare('DELETE FROM index_definitions WHERE collection = ? AND index_name = ?')
            .run(old.collection, old.index_name);
        }
      }
      const present = new Set(
        (
          this.db.prepare('SELECT collection, index_name FROM index_definitions').all() as {
            collection: string;
            index_name: string;
          }[]
        ).map((r) => `${r.collection}\u0000${r.index_name}`),
      );
      for (const [name, indexes] of this.uniqueIndexes) {
        for (const index of indexes) {
          if (present.has(`${name}\u0000${index.name}`)) continue;
          for (const stored of this.readInBatches(name))
            this.insertUniqueKey(name, index, stored.doc, stored.id);
          this.db
            .prepare('INSERT INTO index_definitions (collection, index_name, paths) VALUES (?, ?, ?)')
            .run(name, index.name, JSON.stringify(index.paths));
        }
      }
      this.indexes.sync(declaration, (collection) => this.readInBatches(collection));
    });
    rebuild();
  }

  /** Every document of a collection, parsed a batch at a time and not cached. */
  private *readInBatches(collection: string): Generator<StoredDoc> {
    // SQLite orders every number before every text, so -1 starts before any id, even ''.
    let after: string | number = -1;
    for (;;) {
      const rows = this.statements.listDocsAfter.all(collection, after, BUILD_BATCH);
      for (const row of rows) yield { id: row.id, doc: fromStoredEjson(row.body), version: row.version };
      if (rows.length < BUILD_BATCH) return;
      after = rows[rows.length - 1].id;
    }
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  requireCollection(name: unknown): string {
    if (typeof name !== 'string' || !this.collections.has(name)) throw collectionMissing(String(name));
    return name;
  }

  /** Returns false when the collection already existed. */
  addCollection(name: string): boolean {
    if (this.collections.has(name)) return false;
    this.statements.addCollection.run(name);
    this.collections.add(name);
    return true;
  }

  getDoc(collection: string, id: string): StoredDoc | undefined {
    const cached = this.cache.get(collection, id);
    if (cached !== undefined) return cached ?? undefined;
    const row = this.statements.getDoc.get(collection, id);
    if (!row) return undefined;
    const stored = { id, doc: fromStoredEjson(row.body), version: row.version };
    this.cache.remember(collection, stored);
    return stored;
  }

  /**
   * All documents of a collection in `_id` order, for a query to test one by one. The first scan parses and
   * caches the whole collection. Callers must not mutate the returned docs.
   */
  *scanDocs(collection: string): Generator<StoredDoc> {
    let docs = this.cache.wholeCollection(collection);
    if (!docs) {
      const all: StoredDoc[] = [];
      for (const row of this.statements.listDocs.iterate(collection)) {
        all.push({ id: row.id, doc: fromStoredEjson(row.body), version: row.version });
      }
      this.cache.fill(collection, all);
      docs = all;
    }
    for (const stored of docs) {
      this.examined++;
      yield stored;
    }
  }

  /** The documents with these ids that exist, in the order given, for a query to test one by one. */
  *docsById(collection: string, ids: Iterable<string>): Generator<StoredDoc> {
    for (const batch of batchesOf(ids, FETCH_BATCH)) {
      const cached = batch.map((id) => this.cache.get(collection, id));
      const missing = batch.filter((_, i) => cached[i] === undefined);
      const rows = new Map(
        missing.length > 0
          ? this.statements.getDocs.all(collection, JSON.stringify(missing)).map((row) => [row.id, row])
          : [],
      );
      for (const [i, id] of batch.entries()) {
        let stored = cached[i];
        const row = rows.get(id);
        if (stored === undefined && row) {
          stored = { id, doc: fromStoredEjson(row.body), version: row.version };
          this.cache.remember(collection, stored);
        }
        if (!stored) continue;
        this.examined++;
        yield stored;
      }
    }
  }

  /** How many documents queries have been handed to test so far: shows whether a query scanned. */
  documentsExamined(): number {
    return this.examined;
  }

  /** Applies all writes in one SQLite transaction: either every write lands or none does. */
  applyWrites(writes: Write[]): void {
    if (writes.length === 0) return;
    // Memory follows in write order, and only once SQLite has committed.
    const afterCommit: (() => void)[] = [];
    const run = this.db.transaction(() => {
      for (const write of writes) {
        const version = ++this.version;
        if (write.kind === 'delete') {
          this.statements.deleteDoc.run(write.collection, write.id);
          this.statements.deleteKeysOfDoc.run(write.collection, write.id);
          afterCommit.push(this.indexes.replaceEntries(write.collection, write.id, null));
          afterCommit.push(() => this.cache.written(write.collection, write.id, null));
          continue;
        }
        const body = toCanonicalEjson(write.doc);
        if (write.kind === 'insert') {
          if (this.statements.getDoc.get(write.collection, write.id)) {
            throw duplicateKey(
              `E11000 duplicate key error collection: ${write.collection} index: _id_ dup key: { _id: ${JSON.stringify(write.id)} }`,
            );
          }
          this.statements.insertDoc.run(write.collection, write.id, body, version);
        } else {
          this.statements.replaceDoc.run(write.collection, write.id, body, version);
          this.statements.deleteKeysOfDoc.run(write.collection, write.id);
        }
        for (const index of this.uniqueIndexes.get(write.collection) ?? []) {
          this.insertUniqueKey(write.collection, index, write.doc, write.id);
        }
        // Re-parse so that memory and index keys hold exactly what a fresh read from disk would return.
        const stored = { id: write.id, doc: fromStoredEjson(body), version };
        afterCommit.push(this.indexes.replaceEntries(write.collection, write.id, stored.doc));
        afterCommit.push(() => this.cache.written(write.collection, write.id, stored));
      }
    });
    // Versions handed out inside a rolled-back transaction are simply skipped; only their order matters.
    run();
    for (const change of afterCommit) change();
  }

  private insertUniqueKey(collection: string, index: IndexDefinition, doc: Doc, id: string): void {
    const key = uniqueKeyOf(doc, index);
    const existing = this.statements.findKey.get(collection, index.name, key);
    if (existing && existing.doc_id !== id) {
      throw duplicateKey(
        `E11000 duplicate key error collection: ${collection} ${describeDuplicate(index, key)}`,
      );
    }
    if (!existing) this.statements.insertKey.run(collection, index.name, key, id);
  }

  addOutbox(apiName: string, payload: unknown, at: Date): void {
    this.statements.addOutbox.run(at.toISOString(), apiName, JSON.stringify(payload));
  }

  outbox(): OutboxMessage[] {
    return this.statements.listOutbox.all().map((row) => ({
      seq: row.seq,
      createdAt: row.created_at,
      apiName: row.api_name,
      payload: JSON.parse(row.payload) as unknown,
    }));
  }

  close(): void {
    this.db.close();
  }
}

function* batchesOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function duplicateKey(message: string): BackendError {
  return new BackendError(ErrorCodes.requestFailed, message);
}
