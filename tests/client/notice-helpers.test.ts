import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICE_PAGE } from '../../cloudfunctions/shared/notices/notice';
import { parseNotice } from '../../cloudfunctions/shared/notices/parse';
import { ROUTES } from '../../client/src/config/routes';
import { partText } from '../../client/src/features/notices/lib/read-aloud-text';
import { readAloudAvailable } from '../../client/src/features/notices/lib/read-aloud';

const { document } = parseNotice(
  readFileSync(path.join(__dirname, '../../cloudfunctions/local/seed/notice.txt'), 'utf8'),
);

describe('notice reader helpers', () => {
  it('keeps the reader route in step with the page shares and reminders open', () => {
    expect(ROUTES.notice).toBe(`/${NOTICE_PAGE}`);
  });

  it('reads aloud the part on screen: a section from its heading, the preamble with the title', () => {
    const third = partText(document, 'section-3');
    expect(third.split('\n')[0]).toBe(
      '三、加强组织领导，确保学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神落地见效',
    );
    expect(third).toContain('三要切实抓好贯彻落实。');
    expect(third).not.toContain('持续深化改革创新');
    expect(partText(document, 'notice-preamble').split('\n').slice(0, 2)).toEqual([
      document.title,
      '各市直工会，市总工会机关各部门、各直属事业单位：',
    ]);
    expect(partText(document, 'notice-closing')).toMatch(/^各市直工会、市总工会机关各部门/);
  });

  it('offers read-aloud only in the H5 build', () => {
    const previous = process.env.TARO_ENV;
    process.env.TARO_ENV = 'weapp';
    try {
      expect(readAloudAvailable()).toBe(false);
    } finally {
      process.env.TARO_ENV = previous;
    }
  });
});
