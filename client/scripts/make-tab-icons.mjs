// Draws the tab bar icons (81x81 PNG, grey and red variants) into src/assets/tab/ with nothing but node:zlib.
// Run: node client/scripts/make-tab-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 81;
const SAMPLES = 4; // supersampling per axis, for smooth edges
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/assets/tab');
const colors = { '': [0x8a, 0x8a, 0x8a], '-active': [0xc8, 0x16, 0x1d] };

// Shapes work in a 0..1 unit square; each returns true when the point is inked.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= r && d >= r - w;
};
const triangle = (ax, ay, bx, by, cx, cy) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by);
  const d2 = s(bx, by, cx, cy);
  const d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy)) <= w / 2;
};
const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

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

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(shape, [r, g, b]) {
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < SIZE; x++) {
      let hits = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          if (shape((x + (sx + 0.5) / SAMPLES) / SIZE, (y + (sy + 0.5) / SAMPLES) / SIZE)) hits++;
        }
      }
      const i = row + 1 + x * 4;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
      raw[i + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const [name, shape] of Object.entries(icons)) {
  for (const [suffix, color] of Object.entries(colors)) {
    const file = path.join(outDir, `${name}${suffix}.png`);
    writeFileSync(file, png(shape, color));
    console.log(path.relative(process.cwd(), file));
  }
}
