import { BSONRegExp, EJSON } from 'bson';
import { invalidParam } from './errors';

export type Doc = Record<string, unknown>;

const SERVER_DATE_KEY = '$tcb_server_date';

/**
 * Parses an EJSON string sent by the SDK into plain JS values mingo understands: relaxed numbers,
 * native RegExp instead of BSONRegExp and server dates resolved to `now + offset`.
 */
export function parseRequestEjson(text: unknown, what: string, now: number = Date.now()): unknown {
  if (typeof text !== 'string') throw invalidParam(`${what} 必须是 EJSON 字符串`);
  let parsed: unknown;
  try {
    parsed = EJSON.parse(text);
  } catch (error) {
    throw invalidParam(`${what} 不是合法的 EJSON: ${(error as Error).message}`);
  }
  return normalizeValue(parsed, now);
}

function normalizeValue(value: unknown, now: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, toNativeRegExpFlags(value.options));
  if (value instanceof Date || value instanceof RegExp) return value;
  if (Array.isArray(value)) return value.map((item) => normalizeValue(item, now));
  if (!isPlainObject(value)) return value;
  const record = value as Doc;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === SERVER_DATE_KEY) return serverDate(record[SERVER_DATE_KEY], now);
  const result: Doc = {};
  for (const key of keys) result[key] = normalizeValue(record[key], now);
  return result;
}

function serverDate(spec: unknown, now: number): Date {
  const offset = spec && typeof spec === 'object' ? Number((spec as Doc).offset ?? 0) : 0;
  return new Date(now + (Number.isFinite(offset) ? offset : 0));
}

// Mongo allows flags JS lacks (x, l, u as "unicode" means something else); keep only the ones JS accepts.
function toNativeRegExpFlags(options: string): string {
  return [...new Set(options.split(''))].filter((flag) => 'imsu'.includes(flag)).join('');
}

export function isPlainObject(value: unknown): value is Doc {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Canonical EJSON keeps Dates and number types exactly; used both for storage and for answers. */
export function toCanonicalEjson(doc: unknown): string {
  return EJSON.stringify(doc as Doc, { relaxed: false });
}

export function fromStoredEjson(text: string): Doc {
  return EJSON.parse(text) as Doc;
}
