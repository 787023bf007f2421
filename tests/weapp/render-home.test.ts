import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../cloudfunctions/shared/contract';
import type { NoticeSummary } from '../../cloudfunctions/shared/notices/notice';
import { runWeappPage } from './weapp-harness';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'client/dist');
const TITLE = '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知';

const reading = (progress: number, confirmed = false) => ({
  progress,
  activeSeconds: 60,
  finished: progress >= 0.99,
  confirmed,
  confirmedAt: confirmed ? '2026-11-25T02:00:00.000Z' : null,
});

const notices: NoticeSummary[] = [
  {
    _id: 'notice-1',
    title: TITLE,
    issuer: '青岛市总工会',
    // Just after midnight in Qingdao: the date is read in Asia/Shanghai, not UTC.
    publishedAt: '2025-06-02T16:30:00.000Z',
    reportDeadline: '2026-12-11',
    reading: null,
  },
  { ...otherNotice('notice-2', '关于做好职工读书月活动的通知'), reading: reading(0.357) },
  { ...otherNotice('notice-3', '关于开展劳模宣讲的通知'), reading: reading(1, true) },
];

function otherNotice(_id: string, title: string): Omit<NoticeSummary, 'reading'> {
  return {
    _id,
    title,
    issuer: '市总工会宣传教育部',
    publishedAt: '2026-11-20T02:00:00.000Z',
    reportDeadline: null,
  };
}

const worker: Me = {
  member: {
    _id: 'member-1',
    name: '雷丽娟',
    staffNo: null,
    unitId: 'unit-school-2',
    unitName: '青岛第二中学工会',
    joinedAt: '2026-09-01T01:00:00.000Z',
  },
  unitPathNames: ['青岛市总工会', '市直工会', '市教育系统工会', '青岛第二中学工会'],
  roles: [],
  isFederationAdmin: false,
  adminUnits: [],
};

const settings = {
  templates: [{ topic: 'studyReminder', title: '学习提醒', templateId: 'template-study' }],
  remaining: { studyReminder: 0, sessionChange: 0, sessionReminder: 0, reportReminder: 0, reviewResult: 0 },
};

const answering =
  (list: unknown, me: unknown = worker) =>
  async ({ data }: { data: unknown }) => {
    const { action } = data as { action: string };
    if (action === 'list') return { result: list };
    if (action === 'me') return { result: { ok: true, data: me } };
    if (action === 'notificationSettings') return { result: { ok: true, data: settings } };
    throw new Error(`unexpected call ${action}`);
  };

describe('WeChat build renders the home page', () => {
  beforeAll(() => {
    if (!existsSync(path.join(dist, 'app.json'))) {
      throw new Error('client/dist/app.json is missing: run `npm run build:weapp` before this test');
    }
  });

  it('lists the notices with each one’s state: 未读 / 已读 x% / 已学习', async () => {
    const run = runWeappPage(
      dist,
      'pages/home/index',
      answering({ ok: true, data: { items: notices, nextCursor: null } }),
    );
    await run.waitForText(TITLE);
    expect(run.cloudInits).toEqual([{ env: 'union-study', traceUser: true }]);
    expect(run.cloudCalls).toEqual(
      expect.arrayContaining([{ name: 'notices', data: { action: 'list', payload: {} } }]),
    );
    const texts = run.texts();
    expect(texts).toEqual(
      expect.arrayContaining(['未读', '已读 35%', '已学习', '12月11日前报送', '开始阅读 ›']),
    );
    expect(texts.join('')).toContain('2025年6月3日');
    expect(texts).not.toContain('学习情况');
    // Nobody can be reminded who never allowed it: the home page offers it.
    await run.waitForText('接收学习提醒');
  });

  it('shows leaders the way to who has read what', async () => {
    const admin: Me = { ...worker, adminUnits: [{ unitId: 'unit-school-2', unitName: '青岛第二中学工会' }] };
    const run = runWeappPage(
      dist,
      'pages/home/index',
      answering({ ok: true, data: { items: notices, nextCursor: null } }, admin),
    );
    await run.waitForText('学习情况');
    expect(run.texts()).not.toContain('发布通知');
  });

  it('shows the empty state when there is no notice', async () => {
    const run = runWeappPage(
      dist,
      'pages/home/index',
      answering({ ok: true, data: { items: [], nextCursor: null } }),
    );
    await run.waitForText('暂无通知');
    expect(run.textOfClass('notice-card__title')).toBeUndefined();
  });

  it('shows the error message and a retry button when the function fails', async () => {
    const run = runWeappPage(
      dist,
      'pages/home/index',
      answering({ ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' }),
    );
    await run.waitForText('服务暂时不可用，请稍后重试');
    expect(run.texts()).toEqual(expect.arrayContaining(['服务暂时不可用，请稍后重试', '重试']));
  });

  it('loads again when 重试 is tapped after a failure', async () => {
    const lists = [
      { ok: false, code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' },
      { ok: true, data: { items: notices, nextCursor: null } },
    ];
    const answer = answering(null);
    const run = runWeappPage(dist, 'pages/home/index', async (call) => {
      const { action } = call.data as { action: string };
      return action === 'list' ? { result: lists.shift() } : answer(call);
    });
    await run.waitForText('重试');
    run.tap('state-view__action');
    await run.waitForText(TITLE);
    const listCalls = run.cloudCalls.filter((call) => (call.data as { action: string }).action === 'list');
    expect(listCalls).toHaveLength(2);
  });

  it('turns a transport failure into the network message', async () => {
    const run = runWeappPage(dist, 'pages/home/index', async () => {
      throw new Error('cloud.callFunction:fail');
    });
    await run.waitForText('网络异常，请检查网络后重试');
    expect(run.texts()).toContain('网络异常，请检查网络后重试');
  });
});
