import path from 'node:path';
import type { Backend } from '../../cloudfunctions/backend/index';
import { LOCAL_CREDENTIALS, startBackend } from '../../cloudfunctions/backend/index';
import type { Cloud } from '../support/backend';
import { cloud, initCloud, writeDeclaration } from '../support/backend';

export interface DeclaredBackend {
  backend: Backend;
  db: Cloud;
}

/**
 * Starts a backend on `dir` (data in dir/data, declaration in dir/database.json) with its own declaration and
 * points the SDK at it; starting again on the same dir is a restart, possibly with another declaration.
 */
export async function startDeclaredBackend(dir: string, declaration: object): Promise<DeclaredBackend> {
  const backend = await startBackend({
    dataDir: path.join(dir, 'data'),
    port: 0,
    ...LOCAL_CREDENTIALS,
    declarationPath: writeDeclaration(dir, declaration),
  });
  initCloud(backend.serviceUrl);
  return { backend, db: cloud.database() };
}

/** Every document of a collection in `_id` order, read a page at a time. */
export async function allDocs(db: Cloud, collection: string): Promise<unknown[]> {
  const docs: unknown[] = [];
  for (;;) {
    const { data } = await db.collection(collection).orderBy('_id', 'asc').skip(docs.length).limit(100).get();
    docs.push(...data);
    if (data.length < 100) return docs;
  }
}
