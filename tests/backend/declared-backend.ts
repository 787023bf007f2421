import path from 'node:path';
import type { Backend } from '../../cloudfunctions/backend/index';
import { LOCAL_CREDENTIALS, startBackend } from '../../cloudfunctions/backend/index';
import type { Cloud } from '../support/backend';
import { cloud, initCloud, writeDeclaration } from '../support/backend';

export interface DeclaredBackend {
  backend: Backend;
  db: Cloud;
}

export interface DeclarationFile {
  collections: Record<string, { indexes: object[] }>;
}

/**
 * Starts a backend on `dir` (data in dir/data, declaration in dir/database.json) with its own declaration and
 * points the SDK at it. Starting again on the same dir and port is a restart, possibly with another declaration.
 */
export async function startDeclaredBackend(
  dir: string,
  declaration: DeclarationFile,
  port = 0,
): Promise<DeclaredBackend> {
  const backend = await startBackend({
    dataDir: path.join(dir, 'data'),
    port,
    ...LOCAL_CREDENTIALS,
    declarationPath: writeDeclaration(dir, declaration),
  });
  initCloud(backend.serviceUrl);
  const db = cloud.database();
  if (port !== 0) await spendStaleConnections(db, Object.keys(declaration.collections)[0]);
  return { backend, db };
}

/**
 * Node keeps connections alive, and a request may still go out on one to the closed server and fail with
 * "socket hang up"; probing until a request gets through uses those up before the test's own requests.
 */
async function spendStaleConnections(db: Cloud, collection: string): Promise<void> {
  for (;;) {
    try {
      await db.collection(collection).count();
      return;
    } catch (error) {
      if (!String(error).includes('socket hang up')) throw error;
    }
  }
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
