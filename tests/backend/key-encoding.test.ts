import { compare } from 'mingo/util';
import { describe, expect, it } from 'vitest';
import { encodeComponent } from '../../cloudfunctions/backend/indexing/key-encoding';

const hours = (h: number): Date => new Date(Date.UTC(2025, 0, 1) + h * 3_600_000);

/** Values the index orders, by type and within each type, including the awkward ones. */
const VALUES: unknown[] = [
  null,
  -Infinity,
  -1e300,
  -2.5,
  -1,
  -Number.MIN_VALUE,
  0,
  Number.MIN_VALUE,
  1,
  2 ** 53,
  1e300,
  Infinity,
  '',
  '\u0000',
  'a',
  'a\u0000',
  'aa',
  'ab',
  'b',
  'é',
  '中',
  '\ud83d\ude00',
  '\uffff',
  false,
  true,
  new Date(-1),
  new Date(0),
  hours(1),
];

const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe('index key encoding', () => {
  it('orders bytes exactly as mingo compares the values', () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        expect(
          sign(Buffer.compare(encodeComponent(a), encodeComponent(b))),
          `${String(a)} vs ${String(b)}`,
        ).toBe(sign(compare(a, b)));
      }
    }
  });

  it('gives values mingo finds equal one key', () => {
    expect(encodeComponent(-0)).toEqual(encodeComponent(0));
    expect(encodeComponent(undefined)).toEqual(encodeComponent(null));
    expect(encodeComponent(new Date(5))).toEqual(encodeComponent(new Date(5)));
    expect(encodeComponent(NaN)).toEqual(encodeComponent(NaN));
  });

  it('never makes one value a prefix of another, so compound keys compare path by path', () => {
    const keys = VALUES.map(encodeComponent);
    for (const a of keys) {
      for (const b of keys) {
        if (a !== b) expect(b.subarray(0, a.length).equals(a) && a.length < b.length).toBe(false);
      }
    }
  });
});
