import type { Block, NoticeDocument, Paragraph, ParseProblem, Point, Section, Span } from './document';
import { chineseNumeral, chineseNumeralValue } from './numerals';

/** `一、` `十二、` at the start of a line: a section heading. */
const SECTION_HEADING = /^([一二三四五六七八九十]{1,3})、\s*(.*)$/u;
/** `一要` `二是` at the start of a line: a numbered point. */
const POINT_MARKER = /^([一二三四五六七八九十]{1,3})(要|是)/u;
/** A date line of the sign-off: 2017年9月5日, or 二〇一七年九月五日. */
const DATE_LINE =
  /^[\d〇零一二三四五六七八九]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;
/** A line ending like this ends its paragraph; any other line is wrapped and continues on the next. */
const SENTENCE_END = /[。！？；：”’」』…）)]$/u;
/** A passage quoted after a colon at least this long is set apart; shorter ones are phrases in the text. */
const MIN_QUOTE_LENGTH = 30;
const MAX_TITLE_LINES = 3;
/** Lines before the addressee line looked at for it: the title never runs longer. */
const TITLE_SEARCH_LINES = MAX_TITLE_LINES + 1;
const MAX_SIGN_OFF_LINE = 30;

interface Line {
  number: number;
  text: string;
}

interface RawParagraph extends Line {
  heading: boolean;
}

export interface ParsedNotice {
  /** Built as far as the text allows, so a preview can show it beside its problems. */
  document: NoticeDocument;
  problems: ParseProblem[];
}

/**
 * Reads the plain-text format the federation publishes in: title (one to three lines), the addressee line
 * ending in `：`, a preamble, sections `一、` with their headings, points `一要` `二是` inside them, a closing
 * paragraph and an optional sign-off. A paragraph is a line, or wrapped lines up to a sentence end; a heading,
 * point or date always starts a new one, with or without a blank line before it.
 */
export function parseNotice(text: string): ParsedNotice {
  const problems: ParseProblem[] = [];
  const lines: Line[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => ({ number: index + 1, text: raw.trim() }));
  const filled = lines.filter((line) => line.text !== '');
  const empty: NoticeDocument = {
    title: '',
    addressees: '',
    preamble: [],
    sections: [],
    closing: null,
    signOff: [],
  };
  if (filled.length === 0) return { document: empty, problems: [{ line: 1, message: '通知内容是空的' }] };

  const addresseeAt = filled
    .slice(0, TITLE_SEARCH_LINES + 1)
    .findIndex((line, index) => index > 0 && /[：:]$/u.test(line.text));
  if (addresseeAt < 0) {
    const stray = filled.slice(1).find((line) => SENTENCE_END.test(line.text)) ?? filled[0];
    problems.push({
      line: stray.number,
      message: '标题之后应是一行以“：”结尾的主送单位（如“各市直工会：”），没有找到',
    });
    return { document: empty, problems };
  }
  const titleLines = filled.slice(0, addresseeAt);
  const addresseeLine = filled[addresseeAt];
  if (titleLines.length > MAX_TITLE_LINES) {
    problems.push({ line: addresseeLine.number, message: `标题最多 ${MAX_TITLE_LINES} 行` });
  }
  const sentenceInTitle = titleLines.find((line) => /[。！？]$/u.test(line.text));
  if (sentenceInTitle) {
    problems.push({
      line: sentenceInTitle.number,
      message: '标题不应以句号结尾：标题与正文之间应有一行以“：”结尾的主送单位',
    });
  }

  const raws = paragraphsOf(lines.filter((line) => line.number > addresseeLine.number));
  if (raws.length === 0) {
    problems.push({ line: addresseeLine.number, message: '主送单位之后没有正文' });
  }
  const signOff = takeSignOff(raws);
  const addressees = addresseeLine.text.replace(/[：:]$/u, '');
  const { preamble, sections, closing } = structure(raws, addressees, problems);
  return {
    document: {
      title: titleLines.map((line) => line.text).join(''),
      addressees,
      preamble,
      sections,
      closing,
      signOff,
    },
    problems,
  };
}

function paragraphsOf(lines: Line[]): RawParagraph[] {
  const paragraphs: RawParagraph[] = [];
  let open: RawParagraph | null = null;
  for (const line of lines) {
    if (line.text === '') {
      open = null;
      continue;
    }
    const heading = SECTION_HEADING.test(line.text);
    const startsBlock = heading || POINT_MARKER.test(line.text) || DATE_LINE.test(line.text);
    if (open && !startsBlock && !open.heading && !SENTENCE_END.test(open.text)) {
      open.text += line.text;
      continue;
    }
    open = { ...line, heading };
    paragraphs.push(open);
  }
  return paragraphs;
}

/** Removes the issuer and date lines from the end, when the text ends with a date. */
function takeSignOff(raws: RawParagraph[]): string[] {
  const last = raws[raws.length - 1];
  if (!last || !DATE_LINE.test(last.text)) return [];
  let start = raws.length - 1;
  while (
    start > 0 &&
    raws.length - start < 3 &&
    !raws[start - 1].heading &&
    [...raws[start - 1].text].length <= MAX_SIGN_OFF_LINE &&
    !SENTENCE_END.test(raws[start - 1].text)
  ) {
    start -= 1;
  }
  return raws.splice(start).map((raw) => raw.text);
}

function structure(raws: RawParagraph[], addressees: string, problems: ParseProblem[]) {
  const preamble: Block[] = [];
  const sections: Section[] = [];
  let blocks = preamble;
  let lastPoint = 0;
  for (const raw of raws) {
    const heading = SECTION_HEADING.exec(raw.text);
    if (heading) {
      const ordinal = sections.length + 1;
      if (chineseNumeralValue(heading[1]) !== ordinal) {
        problems.push({
          line: raw.number,
          message: `章节编号不连续：这里应为“${chineseNumeral(ordinal)}、”，实际是“${heading[1]}、”`,
        });
      }
      if (heading[2].trim() === '') {
        problems.push({ line: raw.number, message: `“${heading[1]}、”之后缺少章节标题` });
      }
      const section: Section = {
        id: `section-${ordinal}`,
        ordinal,
        numeral: `${heading[1]}、`,
        heading: heading[2].trim(),
        blocks: [],
      };
      sections.push(section);
      blocks = section.blocks;
      lastPoint = 0;
      continue;
    }
    const marker = POINT_MARKER.exec(raw.text);
    if (marker) {
      const ordinal = chineseNumeralValue(marker[1]) ?? 0;
      // A list may start afresh at 一; otherwise points count up one by one.
      if (ordinal !== lastPoint + 1 && ordinal !== 1) {
        problems.push({
          line: raw.number,
          message: `要点编号不连续：这里应为“${chineseNumeral(lastPoint + 1)}${marker[2]}”，实际是“${marker[0]}”`,
        });
      }
      blocks.push(point(raw.text, marker[0], ordinal));
      lastPoint = ordinal;
      continue;
    }
    blocks.push(paragraph(raw.text));
  }
  return { preamble, sections, closing: takeClosing(sections, preamble, addressees) };
}

/**
 * The closing paragraph addresses everyone after the last section: it follows that section's points, says
 * 特此通知, or opens with the first addressee (各市直工会……要将……报告……).
 */
function takeClosing(sections: Section[], preamble: Block[], addressees: string): Paragraph | null {
  const blocks = sections.length ? sections[sections.length - 1].blocks : preamble;
  const last = blocks[blocks.length - 1];
  if (!last || last.kind !== 'paragraph' || blocks.length < 2) return null;
  const text = last.spans.map((span) => span.text).join('');
  const firstAddressee = addressees.split(/[，、,]/u)[0];
  const closes =
    blocks[blocks.length - 2].kind === 'point' ||
    text.startsWith('特此通知') ||
    (firstAddressee !== '' && text.startsWith(firstAddressee));
  if (!closes) return null;
  blocks.pop();
  return last;
}

function point(text: string, marker: string, ordinal: number): Point {
  const stop = text.indexOf('。');
  const lead = stop < 0 ? text : text.slice(0, stop + 1);
  return { kind: 'point', ordinal, marker, lead, rest: spansOf(text.slice(lead.length)) };
}

function paragraph(text: string): Paragraph {
  return { kind: 'paragraph', spans: spansOf(text) };
}

/** Splits out passages quoted after a colon (`指出：“……”`), matching nested quotation marks. */
export function spansOf(text: string): Span[] {
  const spans: Span[] = [];
  let plainFrom = 0;
  let searchFrom = 0;
  for (;;) {
    const open = text.indexOf('：“', searchFrom);
    if (open < 0) break;
    const start = open + 1;
    let depth = 0;
    let end = -1;
    for (let index = start; index < text.length; index += 1) {
      if (text[index] === '“') depth += 1;
      else if (text[index] === '”') depth -= 1;
      if (depth === 0) {
        end = index + 1;
        break;
      }
    }
    if (end < 0) break;
    if ([...text.slice(start, end)].length >= MIN_QUOTE_LENGTH) {
      if (start > plainFrom) spans.push({ text: text.slice(plainFrom, start) });
      spans.push({ text: text.slice(start, end), quote: true });
      plainFrom = end;
    }
    searchFrom = end;
  }
  if (plainFrom < text.length) spans.push({ text: text.slice(plainFrom) });
  return spans;
}
