// Draws the H5 build's favicon into src/assets/favicon.ico: the brand red with a white 工, at 16, 32 and 48
// pixels, each a PNG inside the ICO container. Run: node client/scripts/make-favicon.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { circle, png, rect, union } from './raster.mjs';

const SIZES = [16, 32, 48];
const RED = [0xc8, 0x16, 0x1d];
const WHITE = [0xff, 0xff, 0xff];
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/assets/favicon.ico');

const CORNER = 0.18;
const tile = union(
  rect(CORNER, 0, 1 - CORNER, 1),
  rect(0, CORNER, 1, 1 - CORNER),
  ...[CORNER, 1 - CORNER].flatMap((cx) => [CORNER, 1 - CORNER].map((cy) => circle(cx, cy, CORNER))),
);
// 工: a short top bar, a stem, a long bottom bar.
const glyph = union(rect(0.25, 0.21, 0.75, 0.32), rect(0.44, 0.26, 0.56, 0.74), rect(0.15, 0.68, 0.85, 0.79));
const paint = (x, y) => (glyph(x, y) ? WHITE : tile(x, y) ? RED : null);

// ICO: a 6-byte header, a 16-byte entry per image, then the images.
const images = SIZES.map((size) => png(size, paint, RED));
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach((image, index) => {
  const entry = 6 + 16 * index;
  header[entry] = SIZES[index]; // width
  header[entry + 1] = SIZES[index]; // height
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(image.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += image.length;
});
writeFileSync(file, Buffer.concat([header, ...images]));
console.log(path.relative(process.cwd(), file));
