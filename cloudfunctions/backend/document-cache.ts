import { compareIds } from './id-order';
import type { StoredDoc } from './store';

interface WholeCollection {
  docs: Map<string, StoredDoc>;
  /** False once a new id was appended at the end of the map instead of at its place in `_id` order. */
  inIdOrder: boolean;
}

/**
 * Parsed documents kept in memory, in step with every committed write: whole collections once something
 * scanned them (scans are what makes parsing everything worth it), and otherwise the most recently read
 * documents, so that indexed queries and reads by id neither reparse hot documents nor hold whole
 * collections.
 */
export class DocumentCache {
  private readonly collections = new Map<string, WholeCollection>();
  /** Least recently used first: a Map iterates in insertion order and a hit is re-inserted. */
  private readonly recent = new Map<string, StoredDoc>();

  constructor(private readonly recentCapacity: number) {}

  /** The cached doc; null when the whole collection is cached and lacks it; undefined when unknown. */
  get(collection: string, id: string): StoredDoc | null | undefined {
    const whole = this.collections.get(collection);
    if (whole) return whole.docs.get(id) ?? null;
    const key = recentKey(collection, id);
    const stored = this.recent.get(key);
    if (stored) {
      this.recent.delete(key);
      this.recent.set(key, stored);
    }
    return stored;
  }

  /** Keeps a doc just read from SQLite among the recent ones. */
  remember(collection: string, stored: StoredDoc): void {
    if (this.collections.has(collection)) return;
    this.recent.set(recentKey(collection, stored.id), stored);
    if (this.recent.size > this.recentCapacity) {
      const oldest = this.recent.keys().next().value as string;
      this.recent.delete(oldest);
    }
  }

  /** All docs of a fully cached collection in `_id` order, or undefined. */
  wholeCollection(collection: string): Iterable<StoredDoc> | undefined {
    const whole = this.collections.get(collection);
    if (!whole) return undefined;
    if (!whole.inIdOrder) {
      whole.docs = new Map([...whole.docs].sort(([a], [b]) => compareIds(a, b)));
      whole.inIdOrder = true;
    }
    return whole.docs.values();
  }

  /** Caches a whole collection, read in `_id` order. */
  fill(collection: string, docs: Iterable<StoredDoc>): void {
    const map = new Map<string, StoredDoc>();
    for (const stored of docs) map.set(stored.id, stored);
    this.collections.set(collection, { docs: map, inIdOrder: true });
  }

  /** Records a committed write (null: deleted). */
  written(collection: string, id: string, stored: StoredDoc | null): void {
    this.recent.delete(recentKey(collection, id));
    const whole = this.collections.get(collection);
    if (!whole) {
      // A document just written is often read next (the invite a join has just counted), and it is parsed.
      if (stored) this.remember(collection, stored);
    } else if (!stored) whole.docs.delete(id);
    else {
      if (!whole.docs.has(id)) whole.inIdOrder = false;
      whole.docs.set(id, stored);
    }
  }
}

function recentKey(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}
