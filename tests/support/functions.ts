import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AdminDatabase } from '../../cloudfunctions/local/admin-sdk';
import { buildFunctions, listFunctionSources } from '../../cloudfunctions/build';
import { startLocalStack, type LocalStack } from '../../cloudfunctions/local/stack';
import type { InvocationIdentity } from '../../cloudfunctions/local/identity';
import type { Result } from '../../cloudfunctions/shared/result';

export interface FunctionHarness {
  stack: LocalStack;
  dataDir: string;
  /** Calls a function action as a mini-program user would (SOURCE wx_client) with the given openid. */
  call<T = unknown>(
    name: string,
    action: string,
    payload?: unknown,
    openid?: string | null,
  ): Promise<Result<T>>;
  invoke(name: string, event: unknown, identity: InvocationIdentity): Promise<unknown>;
  /** Database requests one piece of work made (run it alone: the count is the backend's total). */
  requestsDuring<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }>;
  close(): Promise<void>;
}

/**
 * What fixtures need of a running product: calls as a user, and the database. A function harness is one;
 * so is a crashable stack, as `{ call: stack.call, stack }`.
 */
export interface RunningProduct {
  call<T = unknown>(name: string, action: string, payload: unknown, openid: string): Promise<Result<T>>;
  stack: { db: AdminDatabase };
}

/**
 * A private copy of the product per test file: functions bundled into a temp folder (plus test fixtures),
 * a backend on a temp database, the runtime, and optionally the demo seed and the gateway.
 */
export async function startFunctionHarness(
  options: { seed?: boolean; gateway?: boolean; poolSize?: number; declarationPath?: string } = {},
): Promise<FunctionHarness> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'union-functions-'));
  const distDir = path.join(work, 'dist');
  const dataDir = path.join(work, 'data');
  await buildFunctions(distDir, [
    ...listFunctionSources(),
    { name: 'whoami', entry: path.join(__dirname, 'fixtures/whoami.ts') },
  ]);
  const stack = await startLocalStack({
    dataDir,
    distDir,
    seed: options.seed ?? true,
    gateway: options.gateway,
    poolSize: options.poolSize,
    declarationPath: options.declarationPath,
  });
  return {
    stack,
    dataDir,
    call: (name, action, payload = {}, openid = 'openid-test-user') =>
      stack.runtime.invoke(
        name,
        { action, payload },
        { OPENID: openid ?? undefined, APPID: 'wx0000000000000000', SOURCE: 'wx_client' },
      ) as Promise<never>,
    invoke: (name, event, identity) => stack.runtime.invoke(name, event, identity),
    async requestsDuring(work) {
      const before = stack.databaseRequests().total;
      const result = await work();
      return { result, requests: stack.databaseRequests().total - before };
    },
    async close() {
      await stack.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
