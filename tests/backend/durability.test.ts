import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cloud, initCloud, makeTempDir } from '../support/backend';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = makeTempDir('backend-durability');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

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

/** Runs main.ts in its own node process (node --import tsx, so SIGKILL hits the server, not an npx wrapper). */
async function startMain(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/backend/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, CLOUDBASE_LOCAL_PORT: String(port), CLOUDBASE_LOCAL_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('本地 CloudBase 后端已启动')) resolve();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`main.ts exited early (${code}): ${output}`)));
  });
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('durability', () => {
  it('every acknowledged insert survives kill -9 of the backend', async () => {
    const port = await freePort();
    const first = await startMain(port);
    initCloud(`http://127.0.0.1:${port}/admin`);
    const db = cloud.database();
    await db.createCollection('durability_probe');

    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (writerId: number): Promise<void> => {
      for (let i = 0; !killed; i++) {
        const id = `w${writerId}-${i}`;
        try {
          await db.collection('durability_probe').add({ data: { _id: id, writerId, i, at: new Date() } });
          acknowledged.push(id);
        } catch {
          return; // the backend is gone: this write was never acknowledged
        }
        if (acknowledged.length >= 300 && !killed) {
          killed = true;
          first.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await exited(first);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);

    const second = await startMain(port);
    const _ = db.command;
    let found = 0;
    for (let start = 0; start < acknowledged.length; start += 100) {
      const batch = acknowledged.slice(start, start + 100);
      found += (
        await db
          .collection('durability_probe')
          .where({ _id: _.in(batch) })
          .count()
      ).total;
    }
    expect(found).toBe(acknowledged.length);

    second.kill('SIGTERM');
    expect(await exited(second)).toBe(0);
  });
});
