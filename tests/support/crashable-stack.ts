import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_CREDENTIALS } from '../../cloudfunctions/backend/index';
import { connectAdminSdk, type AdminDatabase } from '../../cloudfunctions/local/admin-sdk';
import { buildFunctions } from '../../cloudfunctions/build';
import { createRuntime, type FunctionRuntime } from '../../cloudfunctions/local/runtime';
import { seedDemoData } from '../../cloudfunctions/local/seed';
import { DEMO_FEDERATION_ADMIN } from '../../cloudfunctions/local/seed/demo-org';
import { REPO_ROOT } from '../../cloudfunctions/local/stack';
import type { Result } from '../../cloudfunctions/shared/result';

export interface CrashableStack {
  db: AdminDatabase;
  call<T = unknown>(name: string, action: string, payload: unknown, openid: string): Promise<Result<T>>;
  /** kill -9 of the backend process, as a crash or a power cut of the database host would do it. */
  killBackend(): Promise<void>;
  restartBackend(): Promise<void>;
  /** Makes all the calls at once, kills the backend once `answeredFirst` are answered, then restarts it. */
  crashDuring<T>(calls: (() => Promise<Result<T>>)[], answeredFirst: number): Promise<Result<T>[]>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The product with its backend in a process of its own, so a test can kill -9 it in the middle of work
 * and start it again on the same data, while the functions keep running.
 */
export async function startCrashableStack(): Promise<CrashableStack> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'union-crash-'));
  const distDir = path.join(work, 'dist');
  await buildFunctions(distDir);
  const port = await freePort();
  let backend: ChildProcess | null = null;

  const startBackend = async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/backend/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        CLOUDBASE_LOCAL_PORT: String(port),
        CLOUDBASE_LOCAL_DATA: path.join(work, 'data'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('本地 CloudBase 后端已启动')) resolve();
      });
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`backend exited early (${code}): ${output}`)));
    });
    backend = child;
  };

  await startBackend();
  const serviceUrl = `http://127.0.0.1:${port}/admin`;
  const runtime: FunctionRuntime = createRuntime({
    distDir,
    serviceUrl,
    credentials: LOCAL_CREDENTIALS,
    functionEnv: { FEDERATION_ADMIN_OPENIDS: DEMO_FEDERATION_ADMIN },
    poolSize: 8,
  });
  const db = connectAdminSdk(serviceUrl, LOCAL_CREDENTIALS);
  await seedDemoData(db);

  const killBackend = async () => {
    const child = backend as ChildProcess | null;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    backend = null;
  };

  return {
    db,
    call: (name, action, payload, openid) =>
      runtime.invoke(
        name,
        { action, payload },
        { OPENID: openid, APPID: 'wx0000000000000000', SOURCE: 'wx_client' },
      ) as Promise<never>,
    killBackend,
    restartBackend: startBackend,
    async crashDuring(calls, answeredFirst) {
      let answered = 0;
      let killing: Promise<void> | null = null;
      const results = await Promise.all(
        calls.map(async (call) => {
          const result = await call();
          answered += 1;
          if (answered === answeredFirst) killing = killBackend();
          return result;
        }),
      );
      await killing;
      await startBackend();
      return results;
    },
    async close() {
      await runtime.close();
      (backend as ChildProcess | null)?.kill('SIGKILL');
      rmSync(work, { recursive: true, force: true });
    },
  };
}
