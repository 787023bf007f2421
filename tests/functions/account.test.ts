import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Page } from '../../cloudfunctions/shared/contract';
import type { AuditEntryView } from '../../cloudfunctions/shared/audit';
import type { InviteView } from '../../cloudfunctions/shared/org/invite';
import type { MemberView } from '../../cloudfunctions/shared/org/member';
import { dumpDatabase } from '../support/database-dump';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const membersOfTarget = async () => {
  const result = await harness.call<Page<MemberView>>(
    'org',
    'listMembers',
    { unitId: TARGET_UNIT, limit: 100 },
    PERSONAS.unitAdmin,
  );
  if (!result.ok) throw new Error(result.message);
  return result.data;
};
const everyDocument = () => dumpDatabase(harness.stack.db);

describe('account', () => {
  it('shows the member their profile, unit path and roles', async () => {
    const me = await harness.call<Me>('account', 'me', {}, PERSONAS.unitAdmin);
    expect(me).toMatchObject({
      ok: true,
      data: {
        member: { unitName: '青岛第二中学工会' },
        unitPathNames: ['青岛市总工会', '市直工会', '市教育系统工会', '青岛第二中学工会'],
        roles: [{ role: 'unit_admin', unitName: '青岛第二中学工会' }],
        isFederationAdmin: false,
      },
    });
    const admin = await harness.call<Me>('account', 'me', {}, PERSONAS.federationAdmin);
    expect(admin).toMatchObject({
      ok: true,
      data: { isFederationAdmin: true, roles: [{ fromConfiguration: true }] },
    });
  });

  it('validates profile edits with Chinese messages and changes nothing on bad input', async () => {
    const bad = await harness.call('account', 'updateProfile', { name: 'x' }, PERSONAS.member);
    expect(bad).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('姓名至少 2 个字'),
    });
    const good = await harness.call<Me>(
      'account',
      'updateProfile',
      { name: '赵新名', staffNo: 'QD-9' },
      PERSONAS.member,
    );
    expect(good).toMatchObject({ ok: true, data: { member: { name: '赵新名', staffNo: 'QD-9' } } });
  });

  it('erases personal data on deletion while the counts that summaries rely on stay right', async () => {
    const inviteResult = await harness.call<InviteView>(
      'org',
      'createInvite',
      { unitId: TARGET_UNIT, validHours: 24, maxUses: 5 },
      PERSONAS.unitAdmin,
    );
    if (!inviteResult.ok) throw new Error(inviteResult.message);
    const joined = await harness.call<Me>(
      'account',
      'join',
      { code: inviteResult.data.code, name: '钱注销', staffNo: 'DEL-1' },
      'openid-leaver',
    );
    expect(joined.ok).toBe(true);
    const memberId = joined.ok ? joined.data.member!._id : '';
    await harness.call(
      'org',
      'grantRole',
      { memberId, role: 'unit_admin', unitId: TARGET_UNIT },
      PERSONAS.unitAdmin,
    );
    const before = await membersOfTarget();
    const joinedEver = async () =>
      (
        (await harness.stack.db.collection('members').where({ unitPath: TARGET_UNIT }).count()) as {
          total: number;
        }
      ).total;
    const everBefore = await joinedEver();

    expect(
      await harness.call('account', 'deleteAccount', { confirm: '确定' }, 'openid-leaver'),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await harness.call('account', 'deleteAccount', { confirm: '确认注销' }, 'openid-leaver')).toEqual({
      ok: true,
      data: { deleted: true },
    });

    const after = await membersOfTarget();
    expect(after.total).toBe(before.total - 1);
    expect(await joinedEver()).toBe(everBefore);
    const invites = await harness.call<InviteView[]>(
      'org',
      'listInvites',
      { unitId: TARGET_UNIT },
      PERSONAS.unitAdmin,
    );
    expect(invites.ok && invites.data.find((invite) => invite._id === inviteResult.data._id)?.uses).toBe(1);

    const stored = await everyDocument();
    expect(stored).not.toContain('钱注销');
    expect(stored).not.toContain('DEL-1');
    expect(stored).not.toContain('openid-leaver');
    const audit = await harness.call<Page<AuditEntryView>>(
      'org',
      'listAudit',
      { unitId: TARGET_UNIT },
      PERSONAS.unitAdmin,
    );
    expect(audit.ok && audit.data.items.some((entry) => entry.summary.includes('已注销用户'))).toBe(true);
    expect(audit.ok && audit.data.items.map((entry) => entry.summary)).toContain(
      '注销账号：已注销用户，青岛第二中学工会',
    );

    const me = await harness.call<Me>('account', 'me', {}, 'openid-leaver');
    expect(me).toMatchObject({ ok: true, data: { member: null, roles: [] } });
  });

  it('audits grants, moves and removals with who, when and what', async () => {
    const members = await membersOfTarget();
    const target = members.items.find((member) => member.name !== '赵新名')!;
    await harness.call(
      'org',
      'moveMember',
      { memberId: target._id, toUnitId: 'unit-school-58' },
      PERSONAS.parentAdmin,
    );
    const audit = await harness.call<Page<AuditEntryView>>(
      'org',
      'listAudit',
      { unitId: 'unit-education' },
      PERSONAS.parentAdmin,
    );
    if (!audit.ok) throw new Error(audit.message);
    expect(audit.data.items[0]).toMatchObject({
      action: 'member.move',
      actorName: '王建华',
      summary: `调动：${target.name}，青岛第二中学工会 → 青岛第五十八中学工会`,
    });
    expect(Date.now() - new Date(audit.data.items[0].at).getTime()).toBeLessThan(60_000);
  });
});
