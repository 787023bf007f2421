import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { NoticeView } from '../../cloudfunctions/shared/notices/notice';
import { parseNotice } from '../../cloudfunctions/shared/notices/parse';
import { runWeappPage } from './weapp-harness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'client/dist');
const { document } = parseNotice(
  readFileSync(path.join(root, 'cloudfunctions/local/seed/notice.txt'), 'utf8'),
);

const notice: NoticeView = {
  _id: 'notice-qingdao-reform-study',
  title: document.title,
  issuer: '青岛市总工会',
  publishedAt: '2026-11-24T01:30:00.000Z',
  reportDeadline: '2026-12-11',
  reading: null,
  document,
  addressed: true,
};

describe('WeChat build renders the reader', () => {
  it('shows the structured notice with its contents and 已学习 at the end, without read-aloud', async () => {
    const records: unknown[] = [];
    const run = runWeappPage(
      dist,
      'pages/notice/index',
      async ({ data }) => {
        const { action, payload } = data as { action: string; payload: unknown };
        if (action === 'get') return { result: { ok: true, data: notice } };
        if (action === 'recordReading') {
          records.push(payload);
          return { result: { ok: true, data: { recorded: true } } };
        }
        throw new Error(`unexpected call ${action}`);
      },
      { id: notice._id },
    );
    await run.waitForText('一要认真传达学习。');
    expect(run.cloudCalls[0]).toEqual({
      name: 'notices',
      data: { action: 'get', payload: { noticeId: notice._id } },
    });
    const texts = run.texts();
    expect(texts).toEqual(
      expect.arrayContaining([
        notice.title,
        '目录',
        '二、',
        '持续深化改革创新，努力推动我市工会工作走在前列',
        '四是进一步推进工会系统全面从严治党。',
        '已学习',
        '12月11日前报送',
      ]),
    );
    expect(texts).not.toContain('朗读');
    // Follows the font size the person set for WeChat (适老化): page-meta's root font size is "system".
    expect(Object.values(run.pageData().pageMeta as object)).toContain('system');
    expect(run.textOfClass('reader--system')).toContain(notice.title);
    // The first progress record goes out without any scrolling: opening counts.
    const deadline = Date.now() + 8_000;
    while (records.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(records[0]).toMatchObject({ noticeId: notice._id, activeSeconds: expect.any(Number) });
  });

  it('says what went wrong when the notice cannot be opened', async () => {
    const run = runWeappPage(
      dist,
      'pages/notice/index',
      async () => ({
        result: { ok: false, code: 'NOT_FOUND', message: '通知不存在，或不是发给您所在单位的' },
      }),
      { id: 'notice-elsewhere' },
    );
    await run.waitForText('通知不存在，或不是发给您所在单位的');
    expect(run.texts()).toContain('重试');
  });
});
