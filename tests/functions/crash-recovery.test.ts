import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../cloudfunctions/local/reconcile/reconcile';
import type { Me, UnitImportResult } from '../../cloudfunctions/shared/contract';
import type { InviteView } from '../../cloudfunctions/shared/org/invite';
import type { Unit } from '../../cloudfunctions/shared/org/unit';
import { startCrashableStack, type CrashableStack } from '../support/crashable-stack';
import { addGrant } from '../support/fixtures/org';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let stack: CrashableStack;
beforeAll(async () => {
  stack = await startCrashableStack();
});
afterAll(() => stack?.close());

const total = async (collection: string, where: object = {}) =>
  ((await stack.db.collection(collection).where(where).count()) as { total: number }).total;

describe('kill -9 of the backend in the middle of work', () => {
  it('leaves every removal whole or not begun, and each can be finished by asking again', async () => {
    const grants = await Promise.all(Array.from({ length: 24 }, () => addGrant(stack.db, TARGET_UNIT)));
    const remove = (memberId: string) => () =>
      stack.call('org', 'removeMember', { memberId }, PERSONAS.parentAdmin);
    const first = await stack.crashDuring(
      grants.map((grant) => remove(grant.memberId!)),
      6,
    );
    expect(first.some((result) => !result.ok)).toBe(true);

    const check = async (expectRemoved: boolean) => {
      for (const grant of grants) {
        const [member] = (
          (await stack.db.collection('members').where({ _id: grant.memberId }).get()) as { data: unknown[] }
        ).data as {
          status: string;
        }[];
        const grantsLeft = await total('roles', { _id: grant._id });
        const logged = await total('audit_log', {
          action: 'member.remove',
          'details.memberId': grant.memberId,
        });
        if (member.status === 'removed') expect([grantsLeft, logged]).toEqual([0, 1]);
        else expect([expectRemoved, member.status, grantsLeft, logged]).toEqual([false, 'active', 1, 0]);
      }
    };
    await check(false);
    const retried = await Promise.all(grants.map((grant) => remove(grant.memberId!)()));
    expect(retried.every((result) => result.ok)).toBe(true);
    await check(true);
  });

  it('leaves every join whole or not begun, and each can be finished by asking again', async () => {
    const invite = await stack.call<InviteView>(
      'org',
      'createInvite',
      { unitId: TARGET_UNIT, validHours: 24, maxUses: null },
      PERSONAS.unitAdmin,
    );
    if (!invite.ok) throw new Error(invite.message);
    const openids = Array.from({ length: 30 }, (_, i) => `openid-crash-join-${i}`);
    const join = (openid: string) => () =>
      stack.call<Me>('account', 'join', { code: invite.data.code, name: '断电职工' }, openid);
    const first = await stack.crashDuring(openids.map(join), 8);
    expect(first.some((result) => !result.ok)).toBe(true);

    const check = async () => {
      for (const openid of openids) {
        const { data: members } = (await stack.db.collection('members').where({ openid }).get()) as {
          data: { _id: string }[];
        };
        const logged = members.length
          ? await total('audit_log', { action: 'member.join', 'details.memberId': members[0]._id })
          : await total('audit_log', { action: 'member.join', actorOpenid: openid });
        expect([members.length, logged]).toEqual(members.length ? [1, 1] : [0, 0]);
      }
    };
    await check();
    const retried = await Promise.all(openids.map((openid) => join(openid)()));
    for (const result of retried) expect(result.ok || result.code === 'ALREADY_MEMBER').toBe(true);
    await check();
    for (const openid of openids) expect(await total('members', { openid })).toBe(1);
  });

  it('shows nothing of an import cut short, and the same file then imports whole', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `断电导入单位${i},,SZ-JY-02,`);
    const file = Buffer.from(`名称,类型,上级,编码\n${rows.join('\n')}\n`).toString('base64');
    const importFile = () =>
      stack.call<UnitImportResult>(
        'org',
        'importUnits',
        { fileName: 'units.csv', contentBase64: file },
        PERSONAS.federationAdmin,
      );
    const visibleUnits = async () => {
      const tree = await stack.call<Unit[]>('org', 'unitTree', {}, PERSONAS.federationAdmin);
      if (!tree.ok) throw new Error(tree.message);
      return tree.data.length;
    };
    const before = await visibleUnits();
    const stored = await total('units');

    const running = importFile();
    while ((await total('units')) === stored) await new Promise((resolve) => setTimeout(resolve, 5));
    await stack.killBackend();
    expect(await running).toMatchObject({ ok: false });
    await stack.restartBackend();
    expect(await visibleUnits()).toBe(before);

    expect(await importFile()).toMatchObject({ ok: true, data: { created: 2000 } });
    expect(await visibleUnits()).toBe(before + 2000);
    expect(await total('units')).toBe(stored + 2000);
    expect(await total('audit_log', { action: 'unit.import' })).toBe(1);
  });

  it('leaves every counter equal to a recount from the records', async () => {
    expect(await reconcile(stack.db)).toEqual([]);
  });
});
