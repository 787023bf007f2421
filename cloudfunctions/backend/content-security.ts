import { readFileSync } from 'node:fs';
import { z } from 'zod';

const rulesSchema = z.object({
  keywords: z.array(z.object({ word: z.string().min(1), label: z.number().int() })),
  patterns: z.array(z.object({ regex: z.string().min(1), label: z.number().int() })),
});

export interface ContentVerdict {
  suggest: 'pass' | 'risky';
  label: number;
  keyword?: string;
}

const PASS_LABEL = 100;

/** The checked-in stand-in for WeChat's content-security service (msg-sec-rules.json). */
export class ContentSecurityRules {
  private readonly keywords: { word: string; label: number }[];
  private readonly patterns: { regex: RegExp; label: number }[];

  constructor(rulesPath: string) {
    const rules = rulesSchema.parse(JSON.parse(readFileSync(rulesPath, 'utf8')));
    this.keywords = rules.keywords.map(({ word, label }) => ({ word: word.toLowerCase(), label }));
    this.patterns = rules.patterns.map(({ regex, label }) => ({ regex: new RegExp(regex, 'iu'), label }));
  }

  check(text: string): ContentVerdict {
    const lowered = text.toLowerCase();
    const keyword = this.keywords.find(({ word }) => lowered.includes(word));
    if (keyword) return { suggest: 'risky', label: keyword.label, keyword: keyword.word };
    const pattern = this.patterns.find(({ regex }) => regex.test(text));
    if (pattern) return { suggest: 'risky', label: pattern.label, keyword: text.match(pattern.regex)?.[0] };
    return { suggest: 'pass', label: PASS_LABEL };
  }
}
