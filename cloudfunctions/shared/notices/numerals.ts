const DIGITS = '一二三四五六七八九';

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (up to 99, as far as numbered headings go); null otherwise. */
export function chineseNumeralValue(text: string): number | null {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? DIGITS.indexOf(tens) + 1 : null;
  return (tens ? DIGITS.indexOf(tens) + 1 : 1) * 10 + (ones ? DIGITS.indexOf(ones) + 1 : 0);
}

export function chineseNumeral(value: number): string {
  if (value < 10) return DIGITS[value - 1] ?? '';
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens > 1 ? DIGITS[tens - 1] : ''}十${ones ? DIGITS[ones - 1] : ''}`;
}
