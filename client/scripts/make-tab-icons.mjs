// Draws the tab bar icons (81x81 PNG, grey and red variants) into src/assets/tab/ with nothing but node:zlib.
// Run: node client/scripts/make-tab-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { circle, minus, png, rect, ring, segment, triangle, union } from './raster.mjs';

const SIZE = 81;
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/assets/tab');
const colors = { '': [0x8a, 0x8a, 0x8a], '-active': [0xc8, 0x16, 0x1d] };

const icons = {
  // House: roof and body with a door cut out
  home: union(
    triangle(0.5, 0.12, 0.1, 0.5, 0.9, 0.5),
    minus(rect(0.2, 0.46, 0.8, 0.88), rect(0.42, 0.62, 0.58, 0.88)),
  ),
  // Open book: two pages with a spine gap
  study: union(
    minus(rect(0.1, 0.2, 0.47, 0.82), rect(0.17, 0.3, 0.4, 0.33)),
    minus(rect(0.53, 0.2, 0.9, 0.82), rect(0.6, 0.3, 0.83, 0.33)),
  ),
  // Ring with a check mark
  checkin: union(
    ring(0.5, 0.5, 0.4, 0.08),
    segment(0.3, 0.52, 0.45, 0.66, 0.08),
    segment(0.45, 0.66, 0.71, 0.38, 0.08),
  ),
  // Person: head and shoulders
  me: union(circle(0.5, 0.32, 0.18), minus(circle(0.5, 0.98, 0.4), rect(0, 0.9, 1, 1))),
};

mkdirSync(outDir, { recursive: true });
for (const [name, shape] of Object.entries(icons)) {
  for (const [suffix, color] of Object.entries(colors)) {
    const file = path.join(outDir, `${name}${suffix}.png`);
    writeFileSync(
      file,
      png(SIZE, (x, y) => (shape(x, y) ? color : null), color),
    );
    console.log(path.relative(process.cwd(), file));
  }
}
