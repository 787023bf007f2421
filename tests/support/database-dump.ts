import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AdminDatabase } from '../../cloudfunctions/local/admin-sdk';
import { REPO_ROOT } from '../../cloudfunctions/local/stack';
import { allRows } from '../../cloudfunctions/src/platform/query';

/** Every collection the product declares (cloudfunctions/database.json). */
export function declaredCollections(): string[] {
  const declaration = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'cloudfunctions/database.json'), 'utf8'),
  ) as {
    collections: Record<string, unknown>;
  };
  return Object.keys(declaration.collections);
}

/** All documents of all declared collections, read page by page, as one comparable text. */
export async function dumpDatabase(db: AdminDatabase, collections = declaredCollections()): Promise<string> {
  const all: Record<string, unknown[]> = {};
  for (const name of collections) {
    all[name] = await allRows(db.collection(name).orderBy('_id', 'asc'));
  }
  return JSON.stringify(all);
}
