import * as z from 'zod/mini';

/**
 * Building blocks of every domain's contract: an action pairs its input schema with its output type, so the
 * client calls through it and the function router validates against it.
 */
export const action =
  <Output>() =>
  <Input extends z.ZodMiniType>(input: Input) => ({ input, output: undefined as unknown as Output });

export const noInput = z.strictObject({});

/**
 * No id we make holds a control character, a direction mark or half of a surrogate pair (checked without a
 * lookbehind regex, which older iOS cannot parse).
 */
function isWritableId(id: string): boolean {
  for (let i = 0; i < id.length; i += 1) {
    const code = id.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
    // Marks that turn text around (as shared/platform/text.ts refuses them in text).
    if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return false;
    if (code === 0x200e || code === 0x200f || code === 0x061c) return false;
    if (code >= 0xdc00 && code <= 0xdfff) return false;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = id.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i += 1;
    }
  }
  return true;
}

export const idSchema = (label: string) =>
  z
    .string({ error: `缺少${label}` })
    .check(
      z.minLength(1, `缺少${label}`),
      z.maxLength(64, `${label}标识过长`),
      z.refine(isWritableId, `${label}标识无效`),
    );

/** Offset paging of the first domains; new lists page with `cursorPage` instead. */
export const offsetPage = {
  offset: z._default(z.number().check(z.int(), z.gte(0), z.lte(10_000, '请缩小查询范围')), 0),
  limit: z._default(z.number().check(z.int(), z.gte(1), z.lte(100, '每页最多 100 条')), 20),
};

export interface Page<T> {
  items: T[];
  total: number;
}

/** At most this many items a page: what a phone shows before the person scrolls for more. */
export const PAGE_LIMIT = 20;

/** Cursor paging, the standing rule for every list: an opaque position, never an offset to skip. */
export const cursorPage = {
  cursor: z.optional(z.string().check(z.maxLength(400, '分页位置无效'))),
  limit: z._default(
    z.number().check(z.int(), z.gte(1), z.lte(PAGE_LIMIT, `每页最多 ${PAGE_LIMIT} 条`)),
    PAGE_LIMIT,
  ),
};

export interface CursorPage<T> {
  items: T[];
  /** Pass back to get the next page; null when this was the last. */
  nextCursor: string | null;
}
