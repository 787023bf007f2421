import * as z from 'zod/mini';

/**
 * The one gate for text people type, on the device and in every function. It normalises (NFC, trims,
 * folds runs of spaces in single-line fields) and refuses what no person means to write: control
 * characters, unpaired surrogates, bidirectional overrides, text made only of invisible characters, and
 * a leading formula sign in names (a name like `=HYPERLINK(...)` runs as a formula when an admin opens
 * an export in Excel).
 */
export interface TextRules {
  /** What the field is, for messages: 姓名, 单位名称, 正文… */
  label: string;
  min?: number;
  max: number;
  /** Paragraphs allowed (newlines kept); otherwise all whitespace folds into single spaces. */
  multiline?: boolean;
  /** A name or title: must not start with = + - @, which spreadsheets run as formulas. */
  name?: boolean;
}

export type TextCheck = { ok: true; value: string } | { ok: false; message: string };

// C0 controls but tab and newline, DEL, C1 controls.
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Characters that occupy no visible space: zero-width marks, joiners, the BOM, variation selectors, fillers.
// eslint-disable-next-line no-misleading-character-class -- variation selectors are listed on purpose
const INVISIBLE = /[\s\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u3164\uFFA0\u115F\u1160\uFE00-\uFE0F\u00AD]/gu;
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

// Code points that belong to the character before them: combining accents, variation selectors, emoji skin
// tones, the keycap mark and tag characters. Listed as ranges: a \p{M} class would be expanded into kilobytes
// of ranges in the WeChat build.
const CONTINUES =
  // eslint-disable-next-line no-misleading-character-class -- these marks are listed on purpose
  /[\u0300-\u036F\u1AB0-\u1AFF\u20D0-\u20FF\uFE00-\uFE0F\uFE20-\uFE2F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;
const ZERO_WIDTH_JOINER = '\u200D';
const REGIONAL_INDICATOR = /[\u{1F1E6}-\u{1F1FF}]/u;

/**
 * Characters as a person counts them: a Chinese character, a letter or an emoji each count one, also an
 * emoji built of several code points (👍🏽, 👨‍👩‍👧, 1️⃣, a flag from two regional indicators).
 */
export function countCharacters(text: string): number {
  let count = 0;
  let joinsPrevious = false;
  let halfFlag = false;
  for (const char of text) {
    const continues = joinsPrevious || CONTINUES.test(char) || char === ZERO_WIDTH_JOINER;
    joinsPrevious = char === ZERO_WIDTH_JOINER;
    if (continues && count > 0) continue;
    if (REGIONAL_INDICATOR.test(char)) {
      halfFlag = !halfFlag;
      if (!halfFlag) continue;
    } else halfFlag = false;
    count += 1;
  }
  return count;
}

export function checkText(raw: unknown, rules: TextRules): TextCheck {
  if (typeof raw !== 'string') return { ok: false, message: `请填写${rules.label}` };
  if (UNPAIRED_SURROGATE.test(raw)) return { ok: false, message: `${rules.label}含有无法识别的字符` };
  let value = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  if (!rules.multiline) value = value.replace(/[\t\n]/g, ' ');
  if (CONTROL.test(value)) return { ok: false, message: `${rules.label}含有控制字符，请删除后重试` };
  if (BIDI_CONTROL.test(value)) return { ok: false, message: `${rules.label}含有改变文字方向的隐藏字符` };
  value = rules.multiline
    ? value
        .split('\n')
        .map((line) => line.replace(/[ \t\u3000]+$/u, ''))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : value.replace(/[ \u3000]+/gu, ' ').trim();
  const min = rules.min ?? 1;
  if (value === '' && min === 0) return { ok: true, value };
  if (value === '') return { ok: false, message: `请填写${rules.label}` };
  if (value.replace(INVISIBLE, '') === '') return { ok: false, message: `${rules.label}不能只有空白字符` };
  const length = countCharacters(value);
  if (length < min) return { ok: false, message: `${rules.label}至少 ${min} 个字` };
  if (length > rules.max) return { ok: false, message: `${rules.label}最多 ${rules.max} 个字` };
  if (rules.name && FORMULA_START.test(value)) {
    return { ok: false, message: `${rules.label}不能以 = + - @ 开头` };
  }
  return { ok: true, value };
}

/** A zod field that runs `checkText`, so the client's forms and the functions' router refuse alike. */
export function textSchema(rules: TextRules) {
  return z.pipe(
    z.string({ error: `请填写${rules.label}` }),
    z.transform((raw: string, context) => {
      const checked = checkText(raw, rules);
      if (checked.ok) return checked.value;
      // zod/mini hands a transform the bare parse payload (no addIssue helper): report on it directly.
      context.issues.push({ code: 'custom', message: checked.message, input: raw });
      return z.NEVER;
    }),
  );
}

/** Neutralises a cell that a spreadsheet would run as a formula; every export writes text through this. */
export function safeCell(text: string): string {
  return FORMULA_START.test(text) || /^[\t\r]/.test(text) ? `'${text}` : text;
}
