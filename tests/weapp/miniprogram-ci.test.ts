import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAIN_PACKAGE_BUDGET,
  formatContributors,
  mainPackageContributors,
  packageBytes,
  scanWeapp,
  type CiOutput,
} from './package-size';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'client/dist');
const maps = path.join(root, 'client/dist-maps');

describe('WeChat build checked by miniprogram-ci', () => {
  let output: CiOutput;

  // WeChat's compile of the whole package alone took a minute on a busy two-core machine.
  beforeAll(async () => {
    output = await scanWeapp(dist);
  }, 300_000);

  it('compiles as WeChat DevTools would', () => {
    expect(output.compile.error).toBeNull();
    expect(output.compile.ok).toBe(true);
  });

  it('passes every item of the code-quality scan', () => {
    expect(output.quality.length).toBeGreaterThan(0);
    const failed = output.quality.filter((item) => !item.success);
    expect(failed.map((item) => `${item.name}: ${item.text ?? ''}`)).toEqual([]);
  });

  it(`keeps the main package within ${MAIN_PACKAGE_BUDGET.toLocaleString('en-US')} bytes`, () => {
    const { __APP__: main, ...subpackages } = packageBytes(output);
    const contributors = mainPackageContributors(output.files, dist, maps);
    console.log(
      [
        `weapp main package: ${main.toLocaleString('en-US')} bytes of ${MAIN_PACKAGE_BUDGET.toLocaleString('en-US')} (WeChat's scan)`,
        ...Object.entries(subpackages).map(
          ([name, bytes]) => `subpackage ${name}: ${bytes.toLocaleString('en-US')} bytes`,
        ),
        'largest contributors to the main package:',
        formatContributors(contributors, 15),
      ].join('\n'),
    );
    expect(main).toBeLessThanOrEqual(MAIN_PACKAGE_BUDGET);
  });

  it('names the origin of every byte of the main package', () => {
    const mainFiles = output.files.filter((file) => file.subPackage === null);
    const contributors = mainPackageContributors(output.files, dist, maps);
    expect(mainFiles.length).toBeGreaterThan(0);
    expect(contributors.reduce((sum, { bytes }) => sum + bytes, 0)).toBe(
      mainFiles.reduce((sum, { size }) => sum + size, 0),
    );
    // Without the maps every JavaScript file would stand as one lump; a module of ours must show up by name.
    expect(contributors.map(({ name }) => name)).toContain('client/src/lib/cloud.ts');
  });

  it('ships no H5-only page in the WeChat build', () => {
    const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as { pages: string[] };
    expect(app.pages).not.toContain('pages/dev-login/index');
    expect(existsSync(path.join(dist, 'pages/dev-login'))).toBe(false);
  });
});
