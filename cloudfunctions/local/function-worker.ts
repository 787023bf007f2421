import Module from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { InvocationIdentity } from './identity';

export interface InvocationRequest {
  id: number;
  name: string;
  event: unknown;
  identity: InvocationIdentity;
  timeoutMs: number;
  /** How far this world's clock runs from real time (tests pin the day a scenario happens on). */
  clockOffsetMs: number;
}

export type InvocationReply =
  | { id: number; started: true }
  | { id: number; ok: true; json: string }
  | { id: number; ok: false; message: string; stack?: string };

const { distDir } = workerData as { distDir: string };

// CloudBase installs each function's package.json dependencies (wx-server-sdk) beside it; locally the
// bundles, wherever they were built, resolve it from this repository's installation instead.
process.env.NODE_PATH = path.dirname(path.dirname(require.resolve('wx-server-sdk/package.json')));
(Module as unknown as { _initPaths(): void })._initPaths();

// The function's clock is the platform's: shifted with the backend's when a test pins the time, so `new
// Date()` in function code and serverDate() in the database agree. One invocation runs at a time here.
const RealDate = Date;
let clockOffsetMs = 0;
class PlatformDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + clockOffsetMs);
    else super(...(args as [string | number | Date]));
  }

  static now(): number {
    return RealDate.now() + clockOffsetMs;
  }
}
globalThis.Date = PlatformDate as DateConstructor;

const contextKeys = { OPENID: 'WX_OPENID', APPID: 'WX_APPID', UNIONID: 'WX_UNIONID' } as const;

/**
 * getWXContext() reads process.env, which is global to a thread: this worker runs one invocation at a
 * time and rewrites the context variables before each, so concurrent callers never see each other.
 */
function injectIdentity(identity: InvocationIdentity): void {
  const present: string[] = [];
  for (const [field, variable] of Object.entries(contextKeys)) {
    const value = identity[field as keyof typeof contextKeys];
    if (value) {
      process.env[variable] = value;
      present.push(variable);
    } else {
      delete process.env[variable];
    }
  }
  process.env.WX_CONTEXT_KEYS = present.join(',') || 'WX_SOURCE_ONLY';
  process.env.TCB_SOURCE = identity.SOURCE;
}

async function run(request: InvocationRequest): Promise<InvocationReply> {
  injectIdentity(request.identity);
  clockOffsetMs = request.clockOffsetMs;
  try {
    // Bundles are CommonJS loaded by path at run time, as the platform loads them.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(path.join(distDir, request.name, 'index.js')) as {
      main: (event: unknown, context: unknown) => unknown;
    };
    // Loading the bundle is the instance's cold start, which the platform does not count against the timeout.
    parentPort?.postMessage({ id: request.id, started: true } satisfies InvocationReply);
    const context = {
      function_name: request.name,
      function_version: '$LATEST',
      namespace: process.env.SCF_NAMESPACE,
      request_id: `local-${process.pid}-${request.id}`,
      memory_limit_in_mb: 256,
      time_limit_in_ms: request.timeoutMs,
      callbackWaitsForEmptyEventLoop: false,
    };
    const result = await bundle.main(request.event, context);
    // CloudBase hands results back as JSON, so Dates arrive as strings and undefined as null.
    return { id: request.id, ok: true, json: JSON.stringify(result) ?? 'null' };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return { id: request.id, ok: false, message: failure.message, stack: failure.stack };
  }
}

parentPort?.on('message', (request: InvocationRequest) => {
  void run(request).then((reply) => parentPort?.postMessage(reply));
});
