import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ContentSecurityRules } from './content-security';
import { loadDeclaration } from './declaration';
import type { FunctionInvoker } from './functions';
import { Clock } from './clock';
import { RequestCounter, type RequestCounts } from './request-counter';
import { createBackendServer } from './server';
import { FileStorage } from './storage';
import type { OutboxMessage } from './store';
import { DocumentStore } from './store';
import { TransactionManager } from './transactions';

export type { OutboxMessage } from './store';

export interface BackendOptions {
  dataDir: string;
  port?: number;
  secretId: string;
  secretKey: string;
  declarationPath?: string;
  invokeFunction?: FunctionInvoker;
}

export interface Backend {
  url: string;
  serviceUrl: string;
  /** Database requests served so far: what a test compares before and after one action. */
  databaseRequests(): RequestCounts;
  /** Documents queries have tested so far: what a test compares to see whether a query scanned. */
  documentsExamined(): number;
  /** Shifts "now" from real time (0: real time again); the function runtime must be shifted alike. */
  shiftClock(offsetMs: number): void;
  outbox(): Promise<OutboxMessage[]> | OutboxMessage[];
  close(): Promise<void>;
}

/** The fake key pair our local runtime always sets; the backend verifies request signatures against it. */
export const LOCAL_CREDENTIALS = { secretId: 'local-secret-id', secretKey: 'local-secret-key' } as const;

export const DEFAULT_DECLARATION_PATH = fileURLToPath(new URL('../database.json', import.meta.url));
const CONTENT_RULES_PATH = fileURLToPath(new URL('./msg-sec-rules.json', import.meta.url));

export async function startBackend(options: BackendOptions): Promise<Backend> {
  const declaration = loadDeclaration(options.declarationPath ?? DEFAULT_DECLARATION_PATH);
  const store = new DocumentStore(options.dataDir, declaration);
  let url = '';
  const requests = new RequestCounter();
  const clock = new Clock();
  const server = createBackendServer({
    store,
    requests,
    clock,
    transactions: new TransactionManager(store),
    contentRules: new ContentSecurityRules(CONTENT_RULES_PATH),
    storage: new FileStorage(options.dataDir, options.secretKey, () => url, clock),
    secretId: options.secretId,
    secretKey: options.secretKey,
    invokeFunction: options.invokeFunction,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    store.close();
    throw error;
  }
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let closed = false;
  return {
    url,
    serviceUrl: `${url}/admin`,
    databaseRequests: () => requests.snapshot(),
    documentsExamined: () => store.documentsExamined(),
    shiftClock: (offsetMs) => clock.shift(offsetMs),
    outbox: () => store.outbox(),
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}
