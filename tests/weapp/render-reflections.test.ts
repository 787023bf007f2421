import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../cloudfunctions/shared/contract';
import type { ReflectionCard } from '../../cloudfunctions/shared/reflections/reflection';
import { runWeappPage } from './weapp-harness';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

const worker: Me = {
  member: {
    _id: 'member-2',
    name: '傅浩然',
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

const card: ReflectionCard = {
  _id: 'reflection-1',
  noticeId: 'notice-1',
  noticeTitle: '关于深入学习宣传贯彻的通知',
  title: '让职工感到工会就在身边',
  excerpt: '参加单位组织的集中学习后，我对“政治性、先进性、群众性”有了更具体的理解。',
  length: 152,
  status: 'published',
  authorName: '傅浩然',
  unitName: '青岛第二中学工会',
  coverUrl: null,
  photoCount: 0,
  createdAt: '2026-11-10T11:00:00.000Z',
  submittedAt: '2026-11-10T11:20:00.000Z',
  publishedAt: '2026-11-11T07:20:00.000Z',
  featuredAt: null,
  likes: 3,
  likedByMe: false,
  returnReason: null,
};

const answers: Record<string, unknown> = {
  me: worker,
  mySummary: { year: 2026, handedIn: 2, published: 1, featured: 0 },
  listMine: { items: [card], nextCursor: null },
  // The notices function's list: the newest notice sent to the person's unit.
  list: {
    items: [
      {
        _id: 'notice-1',
        title: '关于深入学习宣传贯彻的通知',
        issuer: '青岛市总工会',
        publishedAt: '2026-11-01T02:00:00.000Z',
        reportDeadline: null,
        reading: null,
      },
    ],
    nextCursor: null,
  },
  notificationSettings: { templates: [], remaining: { reviewResult: 1 } },
};

const stub = async ({ data }: { data: unknown }) => ({
  result: { ok: true, data: answers[(data as { action: string }).action] },
});

describe('WeChat build renders reflections', () => {
  beforeAll(() => {
    if (!existsSync(path.join(dist, 'app.json'))) {
      throw new Error('client/dist/app.json is missing: run `npm run build:weapp` before this test');
    }
  });

  it('shows the 学习档案 tab: the year’s figures, the entries and the person’s own reflections', async () => {
    const run = runWeappPage(dist, 'pages/study/index', stub);
    await run.waitForText('让职工感到工会就在身边');
    const texts = run.texts().join('\n');
    expect(texts).toContain('写心得体会');
    expect(texts).toContain('全市精选心得');
    expect(texts).toContain('已发布');
    expect(texts).not.toContain('心得审核');
    expect(run.textOfClass('study-record__figures')).toBeDefined();
    expect(run.cloudCalls.map((call) => (call.data as { action: string }).action).sort()).toEqual([
      'listMine',
      'me',
      'mySummary',
    ]);
  });

  it('opens the writing page of the reflections subpackage on the latest notice', async () => {
    const run = runWeappPage(dist, 'packages/reflections/pages/write/index', stub);
    await run.waitForText('学习《关于深入学习宣传贯彻的通知》的心得体会');
    const texts = run.texts().join('\n');
    expect(texts).toContain('0 / 3000 字（至少 50 字）');
    expect(texts).toContain('保存草稿');
    expect(texts).toContain('可用输入法的语音输入');
  });
});
