/**
 * Orders ids the way SQLite orders TEXT (by UTF-8 bytes, that is by code point), which is the `_id` order a
 * full scan returns. Plain `<` compares UTF-16 code units and would put U+E000–U+FFFF after surrogate pairs.
 */
export function compareIds(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates (which only occur above U+FFFF) after the rest of the BMP. */
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}
