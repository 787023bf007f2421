/**
 * A notice as the federation publishes it, taken apart: the reader renders this structure (never markup),
 * the table of contents lists its sections, read-aloud speaks one section at a time.
 */

/** A run of text; a quoted passage (`……指出：“……”`) is set apart when rendered. */
export interface Span {
  text: string;
  quote?: true;
}

export interface Paragraph {
  kind: 'paragraph';
  spans: Span[];
}

/** `一要……` `二是……`: the lead sentence (up to the first full stop) is set apart from the rest. */
export interface Point {
  kind: 'point';
  /** 1 for 一要 / 一是, 2 for 二是… */
  ordinal: number;
  /** The numbering as written: 一要, 二是. */
  marker: string;
  /** From the marker up to and including the first 。 */
  lead: string;
  rest: Span[];
}

export type Block = Paragraph | Point;

/** `一、认真抓好学习贯彻……`: a numbered section with its heading. */
export interface Section {
  /** Stable anchor for the table of contents: section-1, section-2… */
  id: string;
  ordinal: number;
  /** The numbering as written: 一、 */
  numeral: string;
  heading: string;
  blocks: Block[];
}

export interface NoticeDocument {
  title: string;
  /** 主送单位, without the closing colon. */
  addressees: string;
  preamble: Block[];
  sections: Section[];
  /** The paragraph after the last section that addresses everyone, e.g. what to report and to whom. */
  closing: Paragraph | null;
  /** Issuer and date lines at the very end, when the text has them. */
  signOff: string[];
}

/** A reason the text cannot be published as written, on the line (1-based) where it occurs. */
export interface ParseProblem {
  line: number;
  message: string;
}

export const spansText = (spans: readonly Span[]) => spans.map((span) => span.text).join('');

export function blockText(block: Block): string {
  return block.kind === 'paragraph' ? spansText(block.spans) : block.lead + spansText(block.rest);
}

/** The words of one section as read aloud: heading, then every block. */
export function sectionText(section: Section): string {
  return [`${section.numeral}${section.heading}`, ...section.blocks.map(blockText)].join('\n');
}

/** How many characters a person reads: what the reading-time estimate and the progress bar are based on. */
export function documentLength(document: NoticeDocument): number {
  const blocks = [
    ...document.preamble,
    ...document.sections.flatMap((section) => section.blocks),
    ...(document.closing ? [document.closing] : []),
  ];
  return blocks.reduce((sum, block) => sum + [...blockText(block)].length, 0);
}
