import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFunctions, listFunctionSources } from '../../cloudfunctions/build';

const outDir = mkdtempSync(path.join(os.tmpdir(), 'union-bundles-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('function bundles', () => {
  it('are self-contained: each requires only wx-server-sdk and Node built-ins', async () => {
    const names = await buildFunctions(outDir);
    expect(names.length).toBe(listFunctionSources().length);
    expect(names.length).toBeGreaterThan(0);
    const allowed = new Set([
      'wx-server-sdk',
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
    ]);
    for (const name of names) {
      const folder = path.join(outDir, name);
      expect(readdirSync(folder).sort()).toEqual(['config.json', 'index.js', 'package.json']);
      const code = readFileSync(path.join(folder, 'index.js'), 'utf8');
      const required = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
      expect(required.filter((id) => !allowed.has(id))).toEqual([]);
      expect(code).not.toMatch(/\bimport\(\s*["'`]/);
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
      expect(manifest.dependencies).toEqual({ 'wx-server-sdk': '4.0.2' });
    }
  });

  it("carry zod's Chinese messages and no other locale", async () => {
    const names = await buildFunctions(outDir);
    for (const name of names) {
      // esbuild writes non-ASCII text as \u escapes.
      const code = readFileSync(path.join(outDir, name, 'index.js'), 'utf8').replace(
        /\\u([0-9a-f]{4})/gi,
        (_, hex) => String.fromCharCode(parseInt(hex, 16)),
      );
      // Phrases of zod's zh-CN and en locales; `z.locales` pulled all 40-odd of them into every bundle.
      expect(code, name).toContain('无效输入');
      expect(code, name).not.toContain('Too small: expected');
    }
  });
});
