import { describe, expect, it } from 'vitest';
import { checkText, countCharacters, safeCell } from '../../cloudfunctions/shared/platform/text';
import { realNameSchema } from '../../cloudfunctions/shared/org/member';
import { unitNameSchema } from '../../cloudfunctions/shared/org/unit';

const name = { label: '单位名称', min: 2, max: 40, name: true };

describe('the shared text sanitiser', () => {
  it('normalises what people type: NFC, trimmed, runs of spaces folded', () => {
    expect(checkText('  青岛\u3000 第二中学  ', name)).toEqual({ ok: true, value: '青岛 第二中学' });
    expect(checkText('Cafe\u0301 工会', name)).toEqual({ ok: true, value: 'Café 工会' });
    expect(checkText('第一段\r\n\r\n\r\n\r\n第二段  ', { label: '正文', max: 100, multiline: true })).toEqual(
      {
        ok: true,
        value: '第一段\n\n第二段',
      },
    );
  });

  it.each([
    ['a NUL', '工会\u0000名称'],
    ['a lone surrogate', '工会\uD800名称'],
    ['an RTL override', '工会\u202E名称'],
    ['a newline in a one-line field is folded, but a bell is refused', '工会\u0007名称'],
    ['zero-width characters only', '\u200B\u200B\u200D'],
    ['a spreadsheet formula', '=HYPERLINK("http://x","点我")'],
    ['an at-sign formula', '@SUM(1+1)*cmd'],
  ])('refuses %s with a Chinese message', (_, input) => {
    const checked = checkText(input, name);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(/单位名称/);
  });

  it('counts characters as a person does: a Chinese character, a letter or an emoji each count one', () => {
    expect(countCharacters('学习👍a')).toBe(4);
    expect(checkText('👍👍', { label: '标题', min: 2, max: 2 })).toEqual({ ok: true, value: '👍👍' });
  });

  it('keeps names to letters and middle dots, with at least one letter', () => {
    expect(realNameSchema.safeParse('阿依古丽·买买提').success).toBe(true);
    expect(realNameSchema.safeParse('··').success).toBe(false);
    expect(realNameSchema.safeParse('张\n三').data).toBe('张 三');
    expect(unitNameSchema.safeParse('\u200B\u200B').success).toBe(false);
  });

  it('neutralises formula prefixes in exported cells', () => {
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('+86 123')).toBe("'+86 123");
    expect(safeCell('-5')).toBe("'-5");
    expect(safeCell('@me')).toBe("'@me");
    expect(safeCell('普通文字')).toBe('普通文字');
  });
});
