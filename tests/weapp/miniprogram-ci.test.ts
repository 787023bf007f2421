import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

interface QualityItem {
  name: string;
  success: boolean;
  text?: string;
  detail?: unknown;
}

interface CiOutput {
  compile: { ok: boolean; error: string | null };
  quality: QualityItem[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'client/dist');
const script = path.join(root, 'tests/weapp/check-code-quality.cjs');

describe('WeChat build checked by miniprogram-ci', () => {
  let output: CiOutput;

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'app.json'))) {
      throw new Error('client/dist/app.json is missing: run `npm run build:weapp` before this test');
    }
    // miniprogram-ci leaves a file watcher running; a child process keeps it out of the vitest worker.
    const { stdout } = await promisify(execFile)(process.execPath, [script, dist], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    output = JSON.parse(stdout.trim().split('\n').pop() ?? '') as CiOutput;
  });

  it('compiles as WeChat DevTools would', () => {
    expect(output.compile.error).toBeNull();
    expect(output.compile.ok).toBe(true);
  });

  it('passes every item of the code-quality scan', () => {
    expect(output.quality.length).toBeGreaterThan(0);
    const failed = output.quality.filter((item) => !item.success);
    expect(failed.map((item) => `${item.name}: ${item.text ?? ''}`)).toEqual([]);
  });

  it('keeps the main package well under the 2 MB limit', () => {
    const size = output.quality.find((item) => item.name === 'PACKAGE_SIZE_LIMIT');
    const bytes = (size?.detail as { __APP__?: number } | undefined)?.__APP__;
    expect(typeof bytes).toBe('number');
    console.log(`weapp main package: ${bytes} bytes`);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('ships no H5-only page in the WeChat build', () => {
    const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as { pages: string[] };
    expect(app.pages).not.toContain('pages/dev-login/index');
    expect(existsSync(path.join(dist, 'pages/dev-login'))).toBe(false);
  });
});
