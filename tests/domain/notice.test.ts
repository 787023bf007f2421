import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockText, sectionText, type Point } from '../../cloudfunctions/shared/notices/document';
import { chineseNumeral, chineseNumeralValue } from '../../cloudfunctions/shared/notices/numerals';
import { parseNotice, spansOf } from '../../cloudfunctions/shared/notices/parse';

const SEED = readFileSync(path.join(__dirname, '../../cloudfunctions/local/seed/notice.txt'), 'utf8');

describe('parseNotice on the seed notice', () => {
  const { document, problems } = parseNotice(SEED);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('joins the two-line title and reads the addressees', () => {
    expect(document.title).toBe(
      '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知',
    );
    expect(document.addressees).toBe('各市直工会，市总工会机关各部门、各直属事业单位');
  });

  it('keeps the preamble apart, ending with 现就有关事项通知如下', () => {
    expect(document.preamble).toHaveLength(1);
    expect(blockText(document.preamble[0])).toMatch(/^8月22日，习近平总书记对群团改革工作作出重要指示。/);
    expect(blockText(document.preamble[0])).toMatch(/现就有关事项通知如下。$/);
  });

  it('finds the three sections with their headings exactly', () => {
    expect(document.sections.map((section) => [section.id, section.numeral, section.heading])).toEqual([
      [
        'section-1',
        '一、',
        '认真抓好学习贯彻，切实把思想和行动统一到习近平总书记重要指示和群团改革工作座谈会精神上来',
      ],
      ['section-2', '二、', '持续深化改革创新，努力推动我市工会工作走在前列'],
      [
        'section-3',
        '三、',
        '加强组织领导，确保学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神落地见效',
      ],
    ]);
  });

  const points = (index: number) =>
    document.sections[index].blocks.filter((block): block is Point => block.kind === 'point');

  it('finds the four points of section 二 with their leads exactly, 四是 starting right on the next line', () => {
    expect(points(1).map((point) => [point.ordinal, point.marker, point.lead])).toEqual([
      [1, '一要', '一要进一步服务党政工作大局。'],
      [2, '二是', '二是进一步联系服务好职工群众。'],
      [3, '三是', '三是要进一步总结新形势下工会工作规律。'],
      [4, '四是', '四是进一步推进工会系统全面从严治党。'],
    ]);
    expect(blockText(points(1)[2])).toMatch(/牢牢掌握宣传舆论工作主导权。$/);
    expect(blockText(points(1)[3])).toMatch(/^四是进一步推进工会系统全面从严治党。工会系统各级党组织/);
  });

  it('finds the three points of section 三 with their leads exactly', () => {
    expect(points(2).map((point) => [point.ordinal, point.marker, point.lead])).toEqual([
      [1, '一要', '一要认真传达学习。'],
      [2, '二要', '二要切实加强宣传引导。'],
      [3, '三要', '三要切实抓好贯彻落实。'],
    ]);
    expect(points(0)).toEqual([]);
  });

  it('keeps the paragraphs before the points in their sections', () => {
    expect(document.sections.map((section) => section.blocks.length)).toEqual([2, 5, 4]);
    expect(blockText(document.sections[1].blocks[0])).toMatch(
      /^全市各级工会要紧紧围绕增强“政治性、先进性、群众性”/,
    );
  });

  it('sets the closing paragraph apart', () => {
    expect(document.closing && blockText(document.closing)).toBe(
      '各市直工会、市总工会机关各部门、各直属事业单位要将学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的情况及时报告市总工会组织部。',
    );
    expect(document.signOff).toEqual([]);
  });

  it('sets the quoted instruction apart and leaves short quoted phrases in the text', () => {
    const [first] = document.sections[0].blocks;
    expect(first.kind).toBe('paragraph');
    const spans = first.kind === 'paragraph' ? first.spans : [];
    expect(spans.map((span) => span.quote ?? false)).toEqual([false, true, false]);
    expect(spans[0].text).toBe('习近平总书记在对群团改革工作的重要指示中指出：');
    expect(spans[1].text).toMatch(/^“党的群团工作是党的一项十分重要的工作，.*努力开创党的群团工作新局面。”$/);
    expect(spans[1].text).toContain('‘政治性、先进性、群众性’');
    const withPhrases = document.sections[1].blocks[0];
    expect(withPhrases.kind === 'paragraph' && withPhrases.spans).toHaveLength(1);
  });

  it('loses no character of the text', () => {
    const all = [
      document.title,
      `${document.addressees}：`,
      ...document.preamble.map(blockText),
      ...document.sections.map(sectionText),
      document.closing ? blockText(document.closing) : '',
    ].join('');
    expect(all.replace(/\s/g, '')).toBe(SEED.replace(/\s/g, ''));
  });
});

describe('parseNotice on malformed text', () => {
  const line = (text: string) => parseNotice(text).problems.map((problem) => problem.line);

  it('says which line is missing its addressee line', () => {
    const { problems } = parseNotice(
      '关于学习的通知\n\n8月22日，总书记作出重要指示。\n\n一、认真学习\n\n正文。',
    );
    expect(problems).toEqual([
      { line: 3, message: '标题之后应是一行以“：”结尾的主送单位（如“各市直工会：”），没有找到' },
    ]);
  });

  it('names the section numbering that skips, on its line', () => {
    const text = [
      '关于学习的通知',
      '各单位：',
      '',
      '前言。',
      '',
      '一、第一部分',
      '正文。',
      '',
      '三、第三部分',
      '正文。',
    ];
    expect(parseNotice(text.join('\n')).problems).toEqual([
      { line: 9, message: '章节编号不连续：这里应为“二、”，实际是“三、”' },
    ]);
  });

  it('names the point numbering that skips, on its line', () => {
    const text = ['关于学习的通知', '各单位：', '一、要求', '一要认真学习。正文。', '三要抓好落实。正文。'];
    expect(parseNotice(text.join('\n')).problems).toEqual([
      { line: 5, message: '要点编号不连续：这里应为“二要”，实际是“三要”' },
    ]);
  });

  it('finds a heading without a title and a body without text', () => {
    expect(parseNotice('关于学习的通知\n各单位：\n\n一、\n正文。').problems).toEqual([
      { line: 4, message: '“一、”之后缺少章节标题' },
    ]);
    expect(parseNotice('关于学习的通知\n各单位：\n\n').problems).toEqual([
      { line: 2, message: '主送单位之后没有正文' },
    ]);
    expect(parseNotice('   \n\n').problems).toEqual([{ line: 1, message: '通知内容是空的' }]);
  });

  it('finds a title that ends in a full stop, a sign the addressee line went missing', () => {
    expect(line('关于学习的通知。\n各单位：\n正文。')).toEqual([1]);
  });

  it('counts lines as typed, Windows line endings included', () => {
    expect(line('关于学习的通知\r\n各单位：\r\n\r\n二、要求\r\n正文。')).toEqual([4]);
  });
});

describe('parseNotice on other layouts', () => {
  it('joins wrapped lines into one paragraph and reads a sign-off', () => {
    const { document, problems } = parseNotice(
      [
        '关于学习的通知',
        '各单位：',
        '为了认真学习，现将',
        '有关事项通知如下。',
        '特此通知。',
        '',
        '青岛市总工会',
        '2017年9月5日',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(document.preamble.map(blockText)).toEqual(['为了认真学习，现将有关事项通知如下。']);
    expect(document.closing && blockText(document.closing)).toBe('特此通知。');
    expect(document.signOff).toEqual(['青岛市总工会', '2017年9月5日']);
  });

  it('starts a point list afresh at 一 after other paragraphs', () => {
    const text = [
      '关于学习的通知',
      '各单位：',
      '一、要求',
      '一要学习。',
      '二要落实。',
      '说明。',
      '一是宣传。',
    ];
    expect(parseNotice(text.join('\n')).problems).toEqual([]);
  });

  it('splits only colon-introduced quotations long enough to be passages', () => {
    expect(spansOf('他说：“好。”然后走了。')).toEqual([{ text: '他说：“好。”然后走了。' }]);
    const long = `会议指出：“${'要认真学习，抓好落实'.repeat(4)}。”会后。`;
    expect(spansOf(long).map((span) => span.quote ?? false)).toEqual([false, true, false]);
  });
});

describe('Chinese numerals', () => {
  it('reads and writes 一 to 九十九', () => {
    for (const [text, value] of [
      ['一', 1],
      ['九', 9],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['二十三', 23],
    ] as const) {
      expect(chineseNumeralValue(text)).toBe(value);
      expect(chineseNumeral(value)).toBe(text);
    }
    expect(chineseNumeralValue('十十')).toBeNull();
    expect(chineseNumeralValue('')).toBeNull();
  });
});
