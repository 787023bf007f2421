import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../cloudfunctions/shared/contract';
import type { MySessionItem, SessionView } from '../../cloudfunctions/shared/sessions/session';
import { runWeappPage } from './weapp-harness';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

const member: Me = {
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

const session = (overrides: Partial<SessionView>): SessionView => ({
  _id: 'session-demo0000000000000001',
  activityId: 'session-demo0000000000000001',
  multiShift: false,
  unitId: 'unit-school-2',
  unitName: '青岛第二中学工会',
  title: '学习贯彻群团改革座谈会精神专题学习会',
  kind: 'meeting',
  startAt: '2026-11-26T06:00:00.000Z',
  endAt: '2026-11-26T07:30:00.000Z',
  place: '行政楼三楼会议室',
  geofence: null,
  noticeId: null,
  requireCheckOut: false,
  openBeforeMinutes: 30,
  status: 'scheduled',
  closedAt: null,
  cancelledAt: null,
  cancelReason: null,
  phase: 'open',
  ...overrides,
});

const items: MySessionItem[] = [
  { session: session({}), state: 'not_yet' },
  {
    session: session({
      _id: 'session-demo0000000000000003',
      title: '驾驶员专题学习（早班）',
      phase: 'not_open',
    }),
    state: 'leave_pending',
  },
];

describe('WeChat build renders the 签到 tab', () => {
  it('offers a camera scan and the code box for the session taking check-ins, and lists the others', async () => {
    const run = runWeappPage(dist, 'pages/checkin/index', async ({ data }) => {
      const { action } = data as { action: string };
      if (action === 'me') return { result: { ok: true, data: member } };
      return { result: { ok: true, data: { items, nextCursor: null } } };
    });
    await run.waitForText('正在签到');
    expect(run.cloudCalls).toEqual(
      expect.arrayContaining([
        { name: 'account', data: { action: 'me', payload: {} } },
        { name: 'sessions', data: { action: 'listMine', payload: { when: 'upcoming' } } },
      ]),
    );
    const texts = run.texts();
    expect(texts).toContain('扫码签到');
    expect(texts).toContain('学习贯彻群团改革座谈会精神专题学习会');
    expect(texts).toContain('请假待审批');
    expect(run.textOfClass('my-sessions__open')).toContain('签到进行中');
    expect(run.textOfClass('my-sessions__open')).not.toContain('驾驶员专题学习');
  });
});
