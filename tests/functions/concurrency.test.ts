import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../cloudfunctions/local/reconcile/reconcile';
import type { Me, Page } from '../../cloudfunctions/shared/contract';
import type { AuditEntryView } from '../../cloudfunctions/shared/audit';
import type { InviteView } from '../../cloudfunctions/shared/org/invite';
import type { RoleGrantView } from '../../cloudfunctions/shared/org/role';
import type { Result } from '../../cloudfunctions/shared/result';
import { addGrant, addMember } from '../support/fixtures/org';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  // As many instances at once as CloudBase would start for a crowd, so the crowd really contends.
  harness = await startFunctionHarness({ seed: true, poolSize: 16 });
});
afterAll(() => harness?.close());

const createInvite = async (maxUses: number | null) => {
  const result = await harness.call<InviteView>(
    'org',
    'createInvite',
    { unitId: TARGET_UNIT, validHours: 24, maxUses },
    PERSONAS.unitAdmin,
  );
  if (!result.ok) throw new Error(result.message);
  return result.data;
};
const codes = (results: Result<unknown>[]) => results.map((result) => (result.ok ? 'ok' : result.code));
const count = (values: string[]) =>
  values.reduce<Record<string, number>>(
    (tally, value) => ({ ...tally, [value]: (tally[value] ?? 0) + 1 }),
    {},
  );
const auditOf = async (unitId: string) => {
  const result = await harness.call<Page<AuditEntryView>>(
    'org',
    'listAudit',
    { unitId, limit: 100 },
    PERSONAS.federationAdmin,
  );
  if (!result.ok) throw new Error(result.message);
  return result.data.items;
};

describe('crowds and races', () => {
  it('lets a whole workshop join with one invite at the same moment', async () => {
    const invite = await createInvite(null);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        harness.call<Me>(
          'account',
          'join',
          { code: invite.code, name: `职工${'甲乙丙丁戊'[i % 5]}` },
          `openid-crowd-${i}`,
        ),
      ),
    );
    expect(count(codes(results))).toEqual({ ok: 50 });
    const invites = await harness.call<InviteView[]>(
      'org',
      'listInvites',
      { unitId: TARGET_UNIT },
      PERSONAS.unitAdmin,
    );
    expect(invites.ok && invites.data.find((listed) => listed._id === invite._id)?.uses).toBe(50);
  });

  it('holds a use limit under a crowd, telling the rest it is used up', async () => {
    const invite = await createInvite(20);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        harness.call<Me>('account', 'join', { code: invite.code, name: '限额职工' }, `openid-limited-${i}`),
      ),
    );
    expect(count(codes(results))).toEqual({ ok: 20, INVITE_USED_UP: 30 });
  });

  it('answers one person sending ten joins at once with one membership and ALREADY_MEMBER', async () => {
    const invite = await createInvite(null);
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        harness.call<Me>('account', 'join', { code: invite.code, name: '连点职工' }, 'openid-double-tap'),
      ),
    );
    expect(count(codes(results))).toEqual({ ok: 1, ALREADY_MEMBER: 9 });
    const members = (await harness.stack.db
      .collection('members')
      .where({ openid: 'openid-double-tap' })
      .count()) as { total: number };
    expect(members.total).toBe(1);
  });

  it('never lets a removed member keep a grant made at the same moment', async () => {
    for (let attempt = 0; attempt < 16; attempt += 1) {
      const member = await addMember(harness.stack.db, TARGET_UNIT, '竞态成员');
      const [removal, grant] = await Promise.all([
        harness.call('org', 'removeMember', { memberId: member._id }, PERSONAS.parentAdmin),
        harness.call<RoleGrantView>(
          'org',
          'grantRole',
          { memberId: member._id, role: 'unit_admin', unitId: TARGET_UNIT },
          PERSONAS.unitAdmin,
        ),
      ]);
      expect(removal).toMatchObject({ ok: true });
      const grants = (await harness.stack.db
        .collection('roles')
        .where({ openid: member.openid })
        .count()) as {
        total: number;
      };
      expect(grants.total).toBe(0);
      const me = await harness.call<Me>('account', 'me', {}, member.openid);
      expect(me).toMatchObject({ ok: true, data: { member: null, adminUnits: [] } });
      if (!grant.ok) expect(grant.code).toBe('NOT_FOUND');
    }
  });

  it('revokes one grant once, however many admins press at the same time', async () => {
    const grant = await addGrant(harness.stack.db, TARGET_UNIT);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        harness.call('org', 'revokeRole', { grantId: grant._id }, PERSONAS.parentAdmin),
      ),
    );
    expect(count(codes(results))).toEqual({ ok: 4 });
    const entries = (await auditOf(TARGET_UNIT)).filter(
      (entry) => entry.action === 'role.revoke' && entry.summary.includes('测试成员'),
    );
    expect(entries).toHaveLength(1);
  });

  it('logs a move under the unit left as well as the unit joined', async () => {
    const member = await addMember(harness.stack.db, TARGET_UNIT, '钱调出');
    expect(
      await harness.call(
        'org',
        'moveMember',
        { memberId: member._id, toUnitId: 'unit-school-58' },
        PERSONAS.parentAdmin,
      ),
    ).toMatchObject({ ok: true });
    for (const unitId of [TARGET_UNIT, 'unit-school-58']) {
      expect((await auditOf(unitId)).map((entry) => entry.summary)).toContain(
        '调动：钱调出，青岛第二中学工会 → 青岛第五十八中学工会',
      );
    }
  });

  it('leaves every counter equal to a recount from the records', async () => {
    expect(await reconcile(harness.stack.db)).toEqual([]);
  });
});
