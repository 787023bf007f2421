/**
 * Index keys are byte strings that SQLite compares with memcmp, so one B-tree range scan answers equality,
 * `$in` and range filters. A key is the concatenation of one self-delimiting component per indexed path;
 * since no component is a prefix of another, compound keys sort by their first path, then the next, and so on.
 *
 * A component is a type tag followed by a payload:
 * - tags follow BSON's type order (null/missing < numbers < strings < objects < booleans < dates), which is
 *   also the order in which mingo sorts mixed types, so an index read in key order is a sorted read;
 * - null and a missing field share a tag: mingo matches both with `{f: null}` and sorts them as one group;
 * - numbers are IEEE-754 doubles, big-endian, sign bit flipped and negatives fully inverted, so byte order is
 *   numeric order; -0 is written as 0 because mingo and MongoDB treat them as equal;
 * - NaN and invalid dates get tags of their own: mingo compares them as "equal" to every number or date, so
 *   inclusive range filters must be able to add them to the candidates;
 * - strings keep UTF-16 code unit order, which is how mingo compares them (UTF-8, and so SQLite TEXT, would
 *   order surrogate pairs differently): each unit u is written as u+1 in a UTF-8-like form that never
 *   produces 0x00, so a 0x00 terminator ends the string and sorts shorter strings first;
 * - dates are their epoch milliseconds, encoded like numbers;
 * - every other value (objects, Long, Decimal128, ObjectId, RegExp…) shares one tag without payload: no
 *   filter the planner understands can match them, the entry only keeps "every document has a key".
 */
const Tag = {
  null: 0x10,
  nan: 0x20,
  number: 0x21,
  string: 0x30,
  other: 0x40,
  false: 0x50,
  true: 0x51,
  invalidDate: 0x60,
  date: 0x61,
} as const;

/** Appended to a complete component it sorts after every longer key that starts with that component. */
const AFTER_COMPONENT = Buffer.from([0xff]);

/** Keys `from <= key < to`. */
export interface KeyRange {
  from: Buffer;
  to: Buffer;
}

/** Values an equality or range filter can look up: anything else makes the planner ignore the filter. */
export type IndexableValue = null | boolean | number | string | Date;

export function isIndexableValue(value: unknown): value is IndexableValue {
  return (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'number' ||
    typeof value === 'string' ||
    value instanceof Date
  );
}

export function encodeComponent(value: unknown): Buffer {
  if (value === null || value === undefined) return Buffer.from([Tag.null]);
  if (typeof value === 'boolean') return Buffer.from([value ? Tag.true : Tag.false]);
  if (typeof value === 'number')
    return Number.isNaN(value) ? Buffer.from([Tag.nan]) : encodeNumber(Tag.number, value);
  if (typeof value === 'string') return encodeString(value);
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? Buffer.from([Tag.invalidDate]) : encodeNumber(Tag.date, time);
  }
  return Buffer.from([Tag.other]);
}

function encodeNumber(tag: number, value: number): Buffer {
  const bytes = Buffer.alloc(9);
  bytes[0] = tag;
  bytes.writeDoubleBE(value === 0 ? 0 : value, 1);
  if (bytes[1] & 0x80) {
    for (let i = 1; i < 9; i++) bytes[i] ^= 0xff;
  } else bytes[1] |= 0x80;
  return bytes;
}

function encodeString(value: string): Buffer {
  const bytes: number[] = [Tag.string];
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i) + 1;
    if (unit < 0x80) bytes.push(unit);
    else if (unit < 0x800) bytes.push(0xc0 | (unit >> 6), 0x80 | (unit & 0x3f));
    else bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f));
  }
  bytes.push(0);
  return Buffer.from(bytes);
}

/** Length of the component that starts at `offset`. */
export function componentLength(key: Buffer, offset: number): number {
  const tag = key[offset];
  if (tag === Tag.number || tag === Tag.date) return 9;
  if (tag === Tag.string) return key.indexOf(0, offset + 1) - offset + 1;
  return 1;
}

/** Every key that starts with `prefix` (a whole number of components). */
export function keysStartingWith(prefix: Buffer): KeyRange {
  return { from: prefix, to: Buffer.concat([prefix, AFTER_COMPONENT]) };
}

export type Comparison = '$gt' | '$gte' | '$lt' | '$lte';

/**
 * The component range a comparison matches: mingo compares only values of the bound's own type (like
 * MongoDB's type bracketing), plus NaN or invalid dates for numbers and dates (see above).
 */
export function comparisonRanges(operator: Comparison, bound: number | string | boolean | Date): KeyRange[] {
  const key = encodeComponent(bound);
  const [typeFrom, typeTo] = typeBracket(bound);
  const range =
    operator === '$gt'
      ? { from: Buffer.concat([key, AFTER_COMPONENT]), to: typeTo }
      : operator === '$gte'
        ? { from: key, to: typeTo }
        : operator === '$lt'
          ? { from: typeFrom, to: key }
          : { from: typeFrom, to: Buffer.concat([key, AFTER_COMPONENT]) };
  const unordered =
    typeof bound === 'number'
      ? [tagRange(Tag.nan)]
      : bound instanceof Date
        ? [tagRange(Tag.invalidDate)]
        : [];
  return [...unordered, range];
}

function typeBracket(value: number | string | boolean | Date): [Buffer, Buffer] {
  if (typeof value === 'number') return [Buffer.from([Tag.number]), Buffer.from([Tag.number + 1])];
  if (typeof value === 'string') return [Buffer.from([Tag.string]), Buffer.from([Tag.string + 1])];
  if (typeof value === 'boolean') return [Buffer.from([Tag.false]), Buffer.from([Tag.true + 1])];
  return [Buffer.from([Tag.date]), Buffer.from([Tag.date + 1])];
}

function tagRange(tag: number): KeyRange {
  return { from: Buffer.from([tag]), to: Buffer.from([tag + 1]) };
}

/**
 * Components mingo's sort does not order like the index does: NaN and invalid dates compare as equal to
 * everything, objects and other BSON types by rules the encoding does not keep.
 */
export const UNSORTABLE_COMPONENTS: readonly KeyRange[] = [
  tagRange(Tag.nan),
  tagRange(Tag.other),
  tagRange(Tag.invalidDate),
];
