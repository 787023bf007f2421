import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runWeappPage } from './weapp-harness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'client/dist');
const TITLE = '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知';

const notice = {
  _id: 'notice-1',
  title: TITLE,
  addressees: '各区、市总工会',
  body: '第一段。\n\n第二段。',
  issuer: '青岛市总工会',
  reportTo: '市总工会组织部',
  publishedAt: '2025-06-02T16:30:00.000Z',
};

describe('WeChat build renders the home page', () => {
  beforeAll(() => {
    if (!existsSync(path.join(dist, 'app.json'))) {
      throw new Error('client/dist/app.json is missing: run `npm run build:weapp` before this test');
    }
  });

  it('initialises the cloud once and shows the latest notice', async () => {
    const run = runWeappPage(dist, 'pages/home/index', async () => ({ result: { ok: true, data: notice } }));
    await run.waitForText(TITLE);
    expect(run.cloudInits).toEqual([{ env: 'union-study', traceUser: true }]);
    expect(run.cloudCalls).toEqual([{ name: 'notices', data: { action: 'latest', payload: {} } }]);
    expect(run.textOfClass('notice-title')).toBe(TITLE);
    // Published just after midnight in Qingdao: the date is read in Asia/Shanghai, not UTC.
    expect(run.texts()).toEqual(
      expect.arrayContaining(['青岛市总工会', '2025年6月3日', '第一段。', '第二段。']),
    );
  });

  it('shows the empty state when there is no notice', async () => {
    const run = runWeappPage(dist, 'pages/home/index', async () => ({ result: { ok: true, data: null } }));
    await run.waitForText('暂无通知');
    expect(run.texts()).toContain('暂无通知');
    expect(run.textOfClass('notice-title')).toBeUndefined();
  });

  it('shows the error message and a retry button when the function fails', async () => {
    const run = runWeappPage(dist, 'pages/home/index', async () => ({
      result: { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' },
    }));
    await run.waitForText('服务暂时不可用，请稍后重试');
    expect(run.texts()).toEqual(expect.arrayContaining(['服务暂时不可用，请稍后重试', '重试']));
  });

  it('loads again when 重试 is tapped after a failure', async () => {
    const replies = [
      { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' },
      { ok: true, data: notice },
    ];
    const run = runWeappPage(dist, 'pages/home/index', async () => ({ result: replies.shift() }));
    await run.waitForText('重试');
    run.tap('state-view__action');
    await run.waitForText(TITLE);
    expect(run.cloudCalls).toHaveLength(2);
  });

  it('turns a transport failure into the network message', async () => {
    const run = runWeappPage(dist, 'pages/home/index', async () => {
      throw new Error('cloud.callFunction:fail');
    });
    await run.waitForText('网络异常，请检查网络后重试');
    expect(run.texts()).toContain('网络异常，请检查网络后重试');
  });
});
