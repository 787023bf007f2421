import { EJSON } from 'bson';
import type { IndexDefinition } from './declaration';
import type { Doc } from './ejson';

/** Reads a dot path; a missing field counts as null, as in Mongo unique indexes. */
export function readPath(doc: Doc, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Doc)[part];
  }
  return current === undefined ? null : current;
}

/** The comparable key of a document in one unique index (relaxed EJSON, so 1 and 1.0 collide like in Mongo). */
export function uniqueKeyOf(doc: Doc, index: IndexDefinition): string {
  return EJSON.stringify(
    index.paths.map((path) => readPath(doc, path)),
    { relaxed: true },
  );
}

export function describeDuplicate(index: IndexDefinition, key: string): string {
  const values = JSON.parse(key) as unknown[];
  const parts = index.paths.map((path, i) => `${path}: ${JSON.stringify(values[i])}`);
  return `index: ${index.name} dup key: { ${parts.join(', ')} }`;
}
