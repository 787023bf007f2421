import { readFileSync } from 'node:fs';
import { z } from 'zod';

const rulesSchema = z.object({
  keywords: z.array(z.object({ word: z.string().min(1), label: z.number().int() })),
  patterns: z.array(z.object({ regex: z.string().min(1), label: z.number().int() })),
  /** Words WeChat would neither pass nor refuse outright: `review` asks a person to look. */
  review: z.array(z.object({ word: z.string().min(1), label: z.number().int() })).default([]),
});

export interface ContentVerdict {
  suggest: 'pass' | 'review' | 'risky';
  label: number;
  keyword?: string;
}

const PASS_LABEL = 100;

/** The checked-in stand-in for WeChat's content-security service (msg-sec-rules.json). */
export class ContentSecurityRules {
  private readonly keywords: { word: string; label: number }[];
  private readonly patterns: { regex: RegExp; label: number }[];
  private readonly review: { word: string; label: number }[];

  constructor(rulesPath: string) {
    const rules = rulesSchema.parse(JSON.parse(readFileSync(rulesPath, 'utf8')));
    this.keywords = rules.keywords.map(({ word, label }) => ({ word: word.toLowerCase(), label }));
    this.patterns = rules.patterns.map(({ regex, label }) => ({ regex: new RegExp(regex, 'iu'), label }));
    this.review = rules.review.map(({ word, label }) => ({ word: word.toLowerCase(), label }));
  }

  check(text: string): ContentVerdict {
    const lowered = text.toLowerCase();
    const keyword = this.keywords.find(({ word }) => lowered.includes(word));
    if (keyword) return { suggest: 'risky', label: keyword.label, keyword: keyword.word };
    const pattern = this.patterns.find(({ regex }) => regex.test(text));
    if (pattern) return { suggest: 'risky', label: pattern.label, keyword: text.match(pattern.regex)?.[0] };
    const doubtful = this.review.find(({ word }) => lowered.includes(word));
    if (doubtful) return { suggest: 'review', label: doubtful.label, keyword: doubtful.word };
    return { suggest: 'pass', label: PASS_LABEL };
  }
}
