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
    // Textarea, Switch and Canvas are still Taro's web components (useHtmlComponents covers View, Text, Button,
    // Input, Image, Picker and ScrollView, which are small enough to travel with each page that uses them).
    ["Taro's web components", 'taro-textarea-core'],
  ])('keeps %s, which several pages use, in one chunk', (_library, marker) => {
    const carriers = [...chunks].filter(([, code]) => code.includes(marker)).map(([file]) => file);
    expect(carriers).toHaveLength(1);
  });

  it('has a real /favicon.ico: PNG images of 16, 32 and 48 pixels in an ICO container', () => {
    const icon = readFileSync(path.join(distH5, 'favicon.ico'));
    expect([...icon.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const count = icon.readUInt16LE(4);
    const images = Array.from({ length: count }, (_, index) => {
      const entry = 6 + 16 * index;
      const offset = icon.readUInt32LE(entry + 12);
      return { size: icon[entry], signature: icon.subarray(offset + 1, offset + 4).toString('ascii') };
    });
    expect(images).toEqual([16, 32, 48].map((size) => ({ size, signature: 'PNG' })));
    expect(readFileSync(path.join(distH5, 'index.html'), 'utf8')).toContain(
      '<link rel="icon" href="/favicon.ico"',
    );
  });
});
