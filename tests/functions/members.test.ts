import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Page } from '../../cloudfunctions/shared/contract';
import type { MemberListItem, MemberView } from '../../cloudfunctions/shared/org/member';
import type { RoleGrantView } from '../../cloudfunctions/shared/org/role';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addMember } from '../support/fixtures/org';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const names = async (unitId: string, openid: string) => {
  const result = await harness.call<Page<MemberView>>('org', 'listMembers', { unitId, limit: 100 }, openid);
  if (!result.ok) throw new Error(result.message);
  return result.data.items.map((member) => member.name);
};

describe('member administration', () => {
  it('lists a whole subtree in one query and pages it', async () => {
    const education = await harness.call<Page<MemberView>>(
      'org',
      'listMembers',
      { unitId: 'unit-education', limit: 5 },
      PERSONAS.parentAdmin,
    );
    expect(education).toMatchObject({ ok: true, data: { total: 4 + 8 + 6 } });
    expect(education.ok && education.data.items).toHaveLength(5);
    const whole = await harness.call<Page<MemberView>>(
      'org',
      'listMembers',
      { unitId: 'unit-root' },
      PERSONAS.federationAdmin,
    );
    expect(whole.ok && whole.data.total).toBeGreaterThanOrEqual(60);
  });

  it('searches the subtree by name or staff number', async () => {
    const byStaffNo = await harness.call<Page<MemberView>>(
      'org',
      'listMembers',
      { unitId: 'unit-education', keyword: 'qd10005' },
      PERSONAS.parentAdmin,
    );
    expect(byStaffNo.ok && byStaffNo.data.items.map((member) => member.staffNo)).toEqual(['QD10005']);
    const byName = await harness.call<Page<MemberView>>(
      'org',
      'listMembers',
      { unitId: 'unit-education', keyword: '董永' },
      PERSONAS.parentAdmin,
    );
    expect(byName.ok && byName.data.items.map((member) => member.name)).toEqual(['董永刚']);
  });

  it('moves a member within the subtree: the member leaves one unit list and appears in the other', async () => {
    const member = await addMember(harness.stack.db, TARGET_UNIT, '周调动');
    const moved = await harness.call<MemberView>(
      'org',
      'moveMember',
      { memberId: member._id, toUnitId: 'unit-school-58' },
      PERSONAS.parentAdmin,
    );
    expect(moved).toMatchObject({ ok: true, data: { unitName: '青岛第五十八中学工会' } });
    expect(await names(TARGET_UNIT, PERSONAS.parentAdmin)).not.toContain('周调动');
    expect(await names('unit-school-58', PERSONAS.parentAdmin)).toContain('周调动');
  });

  it('removing a member takes every grant with the membership, and refuses a remover whose scope does not cover them', async () => {
    const member = await addMember(harness.stack.db, TARGET_UNIT, '吴移除');
    const asUnitAdmin = await harness.call<RoleGrantView>(
      'org',
      'grantRole',
      { memberId: member._id, role: 'unit_admin', unitId: TARGET_UNIT },
      PERSONAS.unitAdmin,
    );
    const asFederationAdmin = await harness.call<RoleGrantView>(
      'org',
      'grantRole',
      { memberId: member._id, role: 'federation_admin', unitId: 'unit-root' },
      PERSONAS.federationAdmin,
    );
    expect(asUnitAdmin.ok && asFederationAdmin.ok).toBe(true);

    expect(
      await harness.call('org', 'removeMember', { memberId: member._id }, PERSONAS.unitAdmin),
    ).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
      message: expect.stringContaining('市总工会管理员'),
    });
    expect(await names(TARGET_UNIT, PERSONAS.unitAdmin)).toContain('吴移除');

    const removal = { memberId: member._id };
    expect(await harness.call('org', 'removeMember', removal, PERSONAS.federationAdmin)).toEqual({
      ok: true,
      data: { removed: true },
    });
    expect(await names(TARGET_UNIT, PERSONAS.unitAdmin)).not.toContain('吴移除');
    const me = await harness.call<Me>('account', 'me', {}, member.openid);
    expect(me).toMatchObject({ ok: true, data: { member: null, isFederationAdmin: false, roles: [] } });
    // A retry after a lost answer is answered the same, and changes nothing more.
    expect(await harness.call('org', 'removeMember', removal, PERSONAS.federationAdmin)).toEqual({
      ok: true,
      data: { removed: true },
    });
  });

  it('lists each member with the roles they hold, the configured federation admin included', async () => {
    const member = await addMember(harness.stack.db, TARGET_UNIT, '陈双任');
    for (const unitId of [TARGET_UNIT, 'unit-education']) {
      const granted = await harness.call(
        'org',
        'grantRole',
        { memberId: member._id, role: 'unit_admin', unitId },
        PERSONAS.parentAdmin,
      );
      expect(granted.ok).toBe(true);
    }
    const grantsOf = async (unitId: string, keyword: string) => {
      const listed = await harness.call<Page<MemberListItem>>(
        'org',
        'listMembers',
        { unitId, keyword },
        PERSONAS.federationAdmin,
      );
      if (!listed.ok) throw new Error(listed.message);
      return listed.data.items[0].grants.map(({ role, unitName, fromConfiguration }) => ({
        role,
        unitName,
        fromConfiguration,
      }));
    };
    expect(await grantsOf(TARGET_UNIT, '陈双任')).toEqual([
      { role: 'unit_admin', unitName: '青岛第二中学工会', fromConfiguration: false },
      { role: 'unit_admin', unitName: '市教育系统工会', fromConfiguration: false },
    ]);
    expect(await grantsOf('unit-root', '雷丽娟')).toEqual([
      { role: 'federation_admin', unitName: '青岛市总工会', fromConfiguration: true },
    ]);
    expect(await grantsOf(TARGET_UNIT, '傅浩然')).toEqual([]);
  });

  it('refuses a duplicate grant and a federation admin grant off the root', async () => {
    const member = await addMember(harness.stack.db, TARGET_UNIT, '郑授权');
    const grant = { memberId: member._id, role: 'unit_admin', unitId: TARGET_UNIT };
    expect((await harness.call('org', 'grantRole', grant, PERSONAS.unitAdmin)).ok).toBe(true);
    expect(await harness.call('org', 'grantRole', grant, PERSONAS.unitAdmin)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: expect.stringContaining('郑授权'),
    });
    expect(
      await harness.call(
        'org',
        'grantRole',
        { memberId: member._id, role: 'federation_admin', unitId: TARGET_UNIT },
        PERSONAS.federationAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
