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
});
