import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNoticeText } from '../../cloudfunctions/shared/notices/notice';

describe('parseNoticeText', () => {
  it('splits the seed notice into title, addressees and body', () => {
    const text = readFileSync(path.join(__dirname, '../../cloudfunctions/local/seed/notice.txt'), 'utf8');
    const notice = parseNoticeText(text);
    expect(notice.title).toBe(
      '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知',
    );
    expect(notice.addressees).toBe('各市直工会，市总工会机关各部门、各直属事业单位');
    expect(notice.body.split('\n')[0]).toMatch(/^8月22日/);
    expect(notice.body).not.toContain('\n\n');
  });

  it('accepts Windows line endings', () => {
    expect(parseNoticeText('标题\r\n第二行\r\n各单位：\r\n正文').title).toBe('标题第二行');
  });

  it('refuses text without an addressee line', () => {
    expect(() => parseNoticeText('只有一行')).toThrow('主送单位');
  });
});
