import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import type { Declaration, IndexDefinition } from '../declaration';
import type { Doc } from '../ejson';
import { compareIds } from '../id-order';
import { documentKeys } from './document-keys';
import type { KeyRange } from './key-encoding';

/** Bumped whenever the key encoding changes, so that stored entries of the old format are rebuilt. */
const KEY_FORMAT = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS declared_indexes (
  id INTEGER PRIMARY KEY, collection TEXT NOT NULL, name TEXT NOT NULL, layout TEXT NOT NULL,
  UNIQUE (collection, name));
CREATE TABLE IF NOT EXISTS index_entries (
  index_id INTEGER NOT NULL, key BLOB NOT NULL, doc_id TEXT NOT NULL,
  PRIMARY KEY (index_id, key, doc_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS index_entries_by_doc ON index_entries (index_id, doc_id);
CREATE TABLE IF NOT EXISTS multikey_paths (
  index_id INTEGER NOT NULL, path TEXT NOT NULL, PRIMARY KEY (index_id, path)) WITHOUT ROWID;
`;

export interface IndexState {
  id: number;
  name: string;
  paths: string[];
  /**
   * Paths on which some document reached an array since the index was built. Sticky like MongoDB's
   * multikey flag: only a rebuild clears it. Bounds on such a path cannot be intersected, and the index
   * cannot give a sort order on it.
   */
  multikeyPaths: Set<string>;
}

export interface IndexEntry {
  key: Buffer;
  docId: string;
}

/** Entries of every declared index (unique or not), kept in the same SQLite transactions as the documents. */
export class IndexTable {
  private readonly byCollection = new Map<string, IndexState[]>();
  private readonly statements: {
    insertEntry: Statement<[number, Buffer, string]>;
    deleteEntriesOfDoc: Statement<[number, string]>;
    addMultikeyPath: Statement<[number, string]>;
    idsInRange: Statement<[number, Buffer, Buffer], string>;
    anyInRange: Statement<[number, Buffer, Buffer], number>;
    entriesAscending: Statement<[number, Buffer, Buffer], { key: Buffer; doc_id: string }>;
    entriesDescending: Statement<[number, Buffer, Buffer], { key: Buffer; doc_id: string }>;
  };

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    const inRange = 'FROM index_entries WHERE index_id = ? AND key >= ? AND key < ?';
    this.statements = {
      insertEntry: db.prepare('INSERT INTO index_entries (index_id, key, doc_id) VALUES (?, ?, ?)'),
      deleteEntriesOfDoc: db.prepare('DELETE FROM index_entries WHERE index_id = ? AND doc_id = ?'),
      addMultikeyPath: db.prepare('INSERT OR IGNORE INTO multikey_paths (index_id, path) VALUES (?, ?)'),
      idsInRange: db.prepare<[number, Buffer, Buffer], string>(`SELECT doc_id ${inRange}`).pluck(),
      anyInRange: db.prepare<[number, Buffer, Buffer], number>(`SELECT 1 ${inRange} LIMIT 1`).pluck(),
      entriesAscending: db.prepare(`SELECT key, doc_id ${inRange} ORDER BY key, doc_id`),
      entriesDescending: db.prepare(`SELECT key, doc_id ${inRange} ORDER BY key DESC, doc_id DESC`),
    };
  }

  /**
   * Drops indexes no longer declared (or declared differently) and builds the new ones from `documents`;
   * call inside a SQLite transaction.
   */
  sync(
    declaration: Declaration,
    documents: (collection: string) => Iterable<{ id: string; doc: Doc }>,
  ): void {
    const stored = this.db.prepare('SELECT id, collection, name, layout FROM declared_indexes').all() as {
      id: number;
      collection: string;
      name: string;
      layout: string;
    }[];
    const kept = new Set<string>();
    for (const row of stored) {
      const declared = declaration.collections.get(row.collection)?.find((index) => index.name === row.name);
      if (declared && layoutOf(declared) === row.layout) kept.add(`${row.collection}\u0000${row.name}`);
      else this.drop(row.id);
    }
    for (const [collection, indexes] of declaration.collections) {
      for (const index of indexes) {
        if (kept.has(`${collection}\u0000${index.name}`)) continue;
        this.db
          .prepare('INSERT INTO declared_indexes (collection, name, layout) VALUES (?, ?, ?)')
          .run(collection, index.name, layoutOf(index));
      }
    }
    this.load();
    for (const [collection, indexes] of this.byCollection) {
      const fresh = indexes.filter((index) => !kept.has(`${collection}\u0000${index.name}`));
      if (fresh.length === 0) continue;
      for (const { id, doc } of documents(collection)) {
        for (const index of fresh) this.addEntries(index, id, doc)();
      }
    }
  }

  private drop(indexId: number): void {
    for (const table of ['index_entries', 'multikey_paths']) {
      this.db.prepare(`DELETE FROM ${table} WHERE index_id = ?`).run(indexId);
    }
    this.db.prepare('DELETE FROM declared_indexes WHERE id = ?').run(indexId);
  }

  private load(): void {
    this.byCollection.clear();
    const rows = this.db
      .prepare('SELECT id, collection, name, layout FROM declared_indexes ORDER BY id')
      .all() as {
      id: number;
      collection: string;
      name: string;
      layout: string;
    }[];
    const multikey = this.db.prepare('SELECT index_id, path FROM multikey_paths').all() as {
      index_id: number;
      path: string;
    }[];
    for (const row of rows) {
      const { paths } = JSON.parse(row.layout) as { paths: string[] };
      const multikeyPaths = new Set(multikey.filter((m) => m.index_id === row.id).map((m) => m.path));
      const indexes = this.byCollection.get(row.collection) ?? [];
      indexes.push({ id: row.id, name: row.name, paths, multikeyPaths });
      this.byCollection.set(row.collection, indexes);
    }
  }

  indexesOf(collection: string): readonly IndexState[] {
    return this.byCollection.get(collection) ?? [];
  }

  /**
   * Replaces a document's entries in every index of its collection (doc null: removes them); call inside the
   * write's SQLite transaction. The returned function notes newly multikey paths in memory, and must run only
   * once that transaction has committed, so that memory never claims less than the database holds.
   */
  replaceEntries(collection: string, id: string, doc: Doc | null): () => void {
    const afterCommit: (() => void)[] = [];
    for (const index of this.indexesOf(collection)) {
      this.statements.deleteEntriesOfDoc.run(index.id, id);
      if (doc) afterCommit.push(this.addEntries(index, id, doc));
    }
    return () => afterCommit.forEach((note) => note());
  }

  private addEntries(index: IndexState, id: string, doc: Doc): () => void {
    const { keys, multikeyPaths } = documentKeys(doc, index.paths);
    for (const key of keys) this.statements.insertEntry.run(index.id, key, id);
    const newlyMultikey = multikeyPaths.filter((path) => !index.multikeyPaths.has(path));
    for (const path of newlyMultikey) this.statements.addMultikeyPath.run(index.id, path);
    return () => newlyMultikey.forEach((path) => index.multikeyPaths.add(path));
  }

  /** Ids of the documents with an entry in any of the ranges, each once, in `_id` order. */
  idsInRanges(indexId: number, ranges: readonly KeyRange[]): string[] {
    const ids = new Set<string>();
    for (const { from, to } of ranges) {
      for (const id of this.statements.idsInRange.all(indexId, from, to)) ids.add(id);
    }
    return [...ids].sort(compareIds);
  }

  hasEntriesIn(indexId: number, range: KeyRange): boolean {
    return this.statements.anyInRange.get(indexId, range.from, range.to) !== undefined;
  }

  /** Entries of one range in key order (ties in `doc_id` order, reversed when descending). */
  *entriesInOrder(indexId: number, range: KeyRange, descending: boolean): Generator<IndexEntry> {
    const statement = descending ? this.statements.entriesDescending : this.statements.entriesAscending;
    for (const row of statement.iterate(indexId, range.from, range.to))
      yield { key: row.key, docId: row.doc_id };
  }
}

function layoutOf(index: IndexDefinition): string {
  return JSON.stringify({ paths: index.paths, keyFormat: KEY_FORMAT });
}
