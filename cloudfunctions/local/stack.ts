import path from 'node:path';
import { LOCAL_CREDENTIALS, startBackend, type Backend } from '../backend';
import type { RequestCounts } from '../backend/request-counter';
import { connectAdminSdk, type AdminDatabase } from './admin-sdk';
import { startGateway, type Gateway } from './gateway';
import { createRuntime, type FunctionRuntime } from './runtime';
import { readTimerTriggers, startTimerTriggers } from './timer-triggers';
import { seedDemoData } from './seed';
import { DEMO_FEDERATION_ADMIN } from './seed/demo-org';

export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface LocalStackOptions {
  dataDir: string;
  backendPort?: number;
  gatewayPort?: number;
  /** Built functions; defaults to cloudfunctions/dist. */
  distDir?: string;
  /** Built H5 client; defaults to client/dist-h5. */
  staticDir?: string;
  seed?: boolean;
  gateway?: boolean;
  /** Openids made federation admins by configuration; defaults to the demo's organisation-department admin. */
  federationAdmins?: string[];
  /** Function instances running at once (CloudBase scales out; tests raise it to make crowds contend). */
  poolSize?: number;
  /** Collections and indexes; defaults to cloudfunctions/database.json. */
  declarationPath?: string;
  /** Fire the functions' timer triggers (npm start does; tests fire them by hand with `fireTimer`). */
  timers?: boolean;
}

export interface LocalStack {
  backendUrl: string;
  serviceUrl: string;
  runtime: FunctionRuntime;
  /** Admin access to the backend through the real SDK, for local tooling and test fixtures. */
  db: AdminDatabase;
  /** Invokes a function's timer trigger once, as CloudBase's scheduler would. */
  fireTimer(functionName: string, triggerName: string): Promise<unknown>;
  /** From now on the backend and the functions live at `at` (time runs on from there); null: real time. */
  setClock(at: Date | null): void;
  /** Database requests the backend has served, by action and by collection and kind. */
  databaseRequests(): RequestCounts;
  /** Messages the functions sent through subscribeMessage.send (the local backend keeps them). */
  outbox: Backend['outbox'];
  gateway: Gateway | null;
  close(): Promise<void>;
}

/** The whole product on one machine: backend on SQLite, the functions in a runtime, and the H5 gateway. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  let runtime: FunctionRuntime | null = null;
  const backend = await startBackend({
    dataDir: options.dataDir,
    port: options.backendPort,
    declarationPath: options.declarationPath,
    ...LOCAL_CREDENTIALS,
    invokeFunction: (name, event) => {
      if (!runtime) throw new Error('本地云函数运行时尚未就绪');
      return runtime.invoke(name, event, { SOURCE: 'wx_function' });
    },
  });
  const federationAdmins = options.federationAdmins ?? [DEMO_FEDERATION_ADMIN];
  const distDir = options.distDir ?? path.join(REPO_ROOT, 'cloudfunctions/dist');
  runtime = createRuntime({
    distDir,
    serviceUrl: backend.serviceUrl,
    credentials: LOCAL_CREDENTIALS,
    functionEnv: { FEDERATION_ADMIN_OPENIDS: federationAdmins.join(',') },
    poolSize: options.poolSize,
  });
  const db = connectAdminSdk(backend.serviceUrl, LOCAL_CREDENTIALS);
  if (options.seed) await seedDemoData(db);
  const gateway = options.gateway
    ? await startGateway({
        runtime,
        db,
        serviceUrl: backend.serviceUrl,
        dataDir: options.dataDir,
        staticDir: options.staticDir ?? path.join(REPO_ROOT, 'client/dist-h5'),
        port: options.gatewayPort,
        federationAdmins,
      })
    : null;
  const activeRuntime = runtime;
  let clockOffsetMs = 0;
  const stopTimers = options.timers
    ? startTimerTriggers(
        activeRuntime,
        readTimerTriggers(distDir, activeRuntime.functionNames()),
        () => new Date(Date.now() + clockOffsetMs),
      )
    : () => undefined;
  return {
    backendUrl: backend.url,
    serviceUrl: backend.serviceUrl,
    runtime: activeRuntime,
    db,
    databaseRequests: () => backend.databaseRequests(),
    setClock(at) {
      clockOffsetMs = at ? at.getTime() - Date.now() : 0;
      backend.shiftClock(clockOffsetMs);
      activeRuntime.shiftClock(clockOffsetMs);
    },
    fireTimer: (functionName, triggerName) =>
      activeRuntime.invoke(
        functionName,
        { Type: 'Timer', TriggerName: triggerName, Time: new Date(Date.now() + clockOffsetMs).toISOString() },
        { SOURCE: 'wx_trigger' },
      ),
    outbox: () => backend.outbox(),
    gateway,
    async close() {
      stopTimers();
      await gateway?.close();
      await activeRuntime.close();
      await backend.close();
    },
  };
}
