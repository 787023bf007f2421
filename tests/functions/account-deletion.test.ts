import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../cloudfunctions/shared/contract';
import type { InviteView } from '../../cloudfunctions/shared/org/invite';
import { dumpDatabase } from '../support/database-dump';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

async function joinWithNewInvite(openid: string, name: string, staffNo: string): Promise<string> {
  const invite = await harness.call<InviteView>(
    'org',
    'createInvite',
    { unitId: TARGET_UNIT, validHours: 24, maxUses: null },
    PERSONAS.unitAdmin,
  );
  if (!invite.ok) throw new Error(invite.message);
  const joined = await harness.call<Me>('account', 'join', { code: invite.data.code, name, staffNo }, openid);
  if (!joined.ok) throw new Error(joined.message);
  return joined.data.member!._id;
}

describe('account deletion erases everything that names the person', () => {
  it('reaches earlier memberships and what the audit log says of them', async () => {
    const openid = 'openid-rejoiner';
    const first = await joinWithNewInvite(openid, '孙曾用', 'OLD-7');
    expect(await harness.call('org', 'removeMember', { memberId: first }, PERSONAS.unitAdmin)).toMatchObject({
      ok: true,
    });
    await joinWithNewInvite(openid, '孙曾用', 'NEW-7');
    expect(await harness.call('account', 'deleteAccount', { confirm: '确认注销' }, openid)).toEqual({
      ok: true,
      data: { deleted: true },
    });
    const stored = await dumpDatabase(harness.stack.db);
    for (const trace of ['孙曾用', 'OLD-7', 'NEW-7', openid]) expect(stored).not.toContain(trace);
    // Asked again (a retry after a lost answer), it finds nothing left and says so the same way.
    expect(await harness.call('account', 'deleteAccount', { confirm: '确认注销' }, openid)).toEqual({
      ok: true,
      data: { deleted: true },
    });
  });

  it('works for a person who holds a grant but no membership any more', async () => {
    const openid = 'openid-grant-without-membership';
    await harness.stack.db.collection('members').add({
      data: {
        _id: 'member-legacy-removed',
        openid: 'departed:member-legacy-removed',
        formerOpenid: openid,
        name: '周遗留',
        staffNo: 'LEG-1',
        unitId: TARGET_UNIT,
        unitPath: ['unit-root', 'unit-municipal', 'unit-education', TARGET_UNIT],
        status: 'removed',
        joinedAt: new Date(),
        inviteId: null,
      },
    });
    await harness.stack.db.collection('roles').add({
      data: {
        _id: 'grant-legacy',
        openid,
        memberId: 'member-legacy-removed',
        role: 'unit_admin',
        unitId: TARGET_UNIT,
        unitPath: ['unit-root', 'unit-municipal', 'unit-education', TARGET_UNIT],
        grantedBy: 'fixture',
        grantedAt: new Date(),
      },
    });
    expect(await harness.call('account', 'deleteAccount', { confirm: '确认注销' }, openid)).toEqual({
      ok: true,
      data: { deleted: true },
    });
    const stored = await dumpDatabase(harness.stack.db);
    for (const trace of ['周遗留', 'LEG-1', openid]) expect(stored).not.toContain(trace);
  });
});
