import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../cloudfunctions/shared/contract';
import { runWeappPage } from './weapp-harness';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

const unitAdmin: Me = {
  member: {
    _id: 'member-1',
    name: '董永刚',
    staffNo: 'QD10005',
    unitId: 'unit-school-2',
    unitName: '青岛第二中学工会',
    joinedAt: '2026-09-01T01:00:00.000Z',
  },
  unitPathNames: ['青岛市总工会', '市直工会', '市教育系统工会', '青岛第二中学工会'],
  roles: [
    {
      _id: 'grant-1',
      memberId: 'member-1',
      memberName: '董永刚',
      role: 'unit_admin',
      unitId: 'unit-school-2',
      unitName: '青岛第二中学工会',
      grantedAt: '2026-09-01T01:00:00.000Z',
      fromConfiguration: false,
    },
  ],
  isFederationAdmin: false,
  adminUnits: [{ unitId: 'unit-school-2', unitName: '青岛第二中学工会' }],
};

describe('WeChat build renders 我的', () => {
  it('shows a member their name, unit path and the admin entries of their role', async () => {
    const run = runWeappPage(dist, 'pages/me/index', async () => ({ result: { ok: true, data: unitAdmin } }));
    await run.waitForText('董永刚');
    expect(run.cloudCalls).toEqual([{ name: 'account', data: { action: 'me', payload: {} } }]);
    const texts = run.texts().join('\n');
    expect(texts).toContain('青岛市总工会 / 市直工会 / 市教育系统工会 / 青岛第二中学工会');
    expect(texts).toContain('成员管理');
    expect(texts).toContain('邀请码');
    expect(texts).not.toContain('切换演示身份');
  });

  it('invites a person who has not joined to enter an invite code', async () => {
    const visitor: Me = {
      member: null,
      unitPathNames: [],
      roles: [],
      isFederationAdmin: false,
      adminUnits: [],
    };
    const run = runWeappPage(dist, 'pages/me/index', async () => ({ result: { ok: true, data: visitor } }));
    await run.waitForText('您还没有加入单位');
    expect(run.texts()).toContain('输入邀请码加入');
    expect(run.texts()).not.toContain('成员管理');
  });
});
