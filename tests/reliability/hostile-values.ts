import fc from 'fast-check';

/**
 * Values no honest client sends, as fast-check arbitraries: wrong types, huge strings, deep nesting,
 * prototype keys, MongoDB operators where a plain value belongs, impossible dates, unpaired surrogates
 * and control characters.
 */

const MEGABYTE_STRING = 'x'.repeat(1024 * 1024);
const MEGABYTE_CHINESE = '学'.repeat(350_000);

/** An object whose own key is `key`, also for `__proto__`, as JSON.parse makes it from a request body. */
export function withOwnKey(base: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const nested = (depth: number, leaf: unknown, asArray: boolean): unknown => {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
};

export const operatorValue = fc.constantFrom<unknown>(
  { $gt: '' },
  { $ne: null },
  { $exists: true },
  { $in: [] },
  { $regex: '.*' },
  { $where: 'sleep(5000) || true' },
  { $where: 'function () { return true; }' },
  { $expr: { $eq: [1, 1] } },
  { $function: { body: 'return true', args: [], lang: 'js' } },
  { $date: 'not-a-date' },
  [{ $gt: '' }],
);

export const prototypeValue = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"isFederationAdmin": true, "role": "federation_admin"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"__proto__": null}'),
  withOwnKey({}, '__proto__', { ok: true }),
);

export const invalidDate = fc.constantFrom<unknown>(
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '2026-11-31T25:61:00+08:00',
  'Invalid Date',
  '2026-11-26T10:00:00',
  '+275760-09-13T00:00:00.001Z',
  '１９９９-０１-０１',
  new Date(Number.NaN).toString(),
  { date: 'yesterday' },
  -8.64e15 - 1,
);

export const badText = fc.oneof(
  fc.constantFrom(
    '\uD800',
    'a\uDC00b',
    '心得\uD83D',
    '\uDE00学习',
    '\u0000',
    'abc\u0000def',
    '\u001b[31m红字\u001b[0m',
    '\u0007\u0008\u000B\u000C',
    '\u007F\u0085\u009F',
    '\u202E反向文字',
    '\u200B\u200B\u200B',
    '',
    '   ',
  ),
  fc
    .tuple(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\u001F', '\u202E'),
      fc.string({ maxLength: 8 }),
    )
    .map(([a, b, c]) => `${a}${b}${c}`),
);

export const wrongType = fc.oneof(
  fc.constantFrom<unknown>(true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, -0, null, [], {}, [[]]),
  fc.double(),
  fc.integer(),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3 }),
);

export const hugeValue = fc.constantFrom<unknown>(
  MEGABYTE_STRING,
  MEGABYTE_CHINESE,
  Array.from({ length: 50_000 }, (_, i) => i),
  Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, i])),
);

export const deepValue = fc
  .tuple(fc.integer({ min: 50, max: 3_000 }), fc.boolean(), fc.constantFrom<unknown>('x', 1, { $gt: '' }))
  .map(([depth, asArray, leaf]) => nested(depth, leaf, asArray));

/** Anything that does not belong where a field's value goes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  wrongType,
  operatorValue,
  prototypeValue,
  invalidDate,
  badText,
  hugeValue,
  deepValue,
);

const badPosition = fc.oneof(
  operatorValue,
  prototypeValue,
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.record({ date: fc.oneof(fc.string({ maxLength: 12 }), fc.constant(null), fc.boolean()) }),
);
const goodPosition = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(null));

/**
 * A cursor as a person who read the code would forge one: not base64url JSON at all, or a position with a
 * sort value or an id of the wrong kind (an operator, an impossible date). Every one is malformed for every
 * list: lists page by `{ value, id }` (platform/paging.ts) or `{ at, id }` (sessions).
 */
export const forgedCursor = fc.oneof(
  // An empty cursor is the first page, not a forgery.
  badText.filter((text) => text !== ''),
  fc.constantFrom('!!!', '====', 'eyJ', '\u0000\u0000', 'e30'),
  fc
    .oneof(
      fc.record({ value: fc.oneof(badPosition, goodPosition), at: goodPosition, id: badPosition }),
      fc.record({ value: badPosition, at: badPosition, id: fc.string({ maxLength: 12 }) }),
    )
    .map((position) => Buffer.from(JSON.stringify(position)).toString('base64url'))
    .filter((cursor) => cursor.length <= 400),
);

/** Keys a payload must never carry: prototype keys, operators, and the names of identity. */
export const extraKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '$where',
    '$set',
    'openid',
    'OPENID',
    'role',
    'isFederationAdmin',
    'memberId',
    '_id',
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
);
