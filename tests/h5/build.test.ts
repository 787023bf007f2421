import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const distH5 = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist-h5');

describe('H5 build', () => {
  let chunks: Map<string, string>;

  beforeAll(() => {
    if (!existsSync(path.join(distH5, 'index.html'))) {
      throw new Error('client/dist-h5/index.html is missing: run `npm run build:h5` before this test');
    }
    const jsDir = path.join(distH5, 'js');
    chunks = new Map(
      readdirSync(jsDir)
        .filter((file) => file.endsWith('.js'))
        .map((file) => [file, readFileSync(path.join(jsDir, file), 'utf8')]),
    );
  });

  // A string each library's minified code keeps, so a copy of the library shows up wherever it is bundled.
  it.each([
    ['zod', '"$ZodObject"'],
    ["Taro's components", 'taro-view-core'],
  ])('keeps %s, which several pages use, in one chunk', (_library, marker) => {
    const carriers = [...chunks].filter(([, code]) => code.includes(marker)).map(([file]) => file);
    expect(carriers).toHaveLength(1);
  });
});
