import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Page } from '../../cloudfunctions/shared/contract';
import type { InviteView } from '../../cloudfunctions/shared/org/invite';
import type { MemberView } from '../../cloudfunctions/shared/org/member';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const createInvite = async (maxUses: number | null, validHours = 24) => {
  const result = await harness.call<InviteView>(
    'org',
    'createInvite',
    { unitId: TARGET_UNIT, validHours, maxUses },
    PERSONAS.unitAdmin,
  );
  if (!result.ok) throw new Error(result.message);
  return result.data;
};
const join = (code: string, openid: string, name = '新职工') =>
  harness.call<Me>('account', 'join', { code, name }, openid);

describe('invites', () => {
  it('lets a new worker join the unit once, after which the admin lists them', async () => {
    const invite = await createInvite(null);
    expect(invite.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(invite.joinPath).toBe(`pages/join/index?code=${invite.code}`);
    const preview = await harness.call(
      'account',
      'previewInvite',
      { code: invite.code.toLowerCase() },
      'openid-new-1',
    );
    expect(preview).toMatchObject({ ok: true, data: { unitName: '青岛第二中学工会' } });

    const joined = await join(invite.code, 'openid-new-1', '孙小梅');
    expect(joined).toMatchObject({
      ok: true,
      data: {
        member: { name: '孙小梅', unitName: '青岛第二中学工会' },
        unitPathNames: expect.arrayContaining(['市直工会']),
      },
    });
    expect(await join(invite.code, 'openid-new-1')).toMatchObject({ ok: false, code: 'ALREADY_MEMBER' });

    const listed = await harness.call<Page<MemberView>>(
      'org',
      'listMembers',
      { unitId: 'unit-education', keyword: '孙小' },
      PERSONAS.parentAdmin,
    );
    expect(listed.ok && listed.data.items.map((member) => member.name)).toEqual(['孙小梅']);
  });

  it('honours the use limit under concurrent joins', async () => {
    const invite = await createInvite(2);
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((suffix) => join(invite.code, `openid-limit-${suffix}`)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(results.filter((result) => !result.ok).map((result) => !result.ok && result.code)).toEqual([
      'INVITE_USED_UP',
      'INVITE_USED_UP',
    ]);
    const listed = await harness.call<InviteView[]>(
      'org',
      'listInvites',
      { unitId: TARGET_UNIT },
      PERSONAS.unitAdmin,
    );
    expect(listed.ok && listed.data.find((entry) => entry._id === invite._id)).toMatchObject({
      uses: 2,
      status: 'used_up',
    });
  });

  it('refuses an expired invite and changes nothing', async () => {
    const invite = await createInvite(null, 1);
    await harness.stack.db
      .collection('invites')
      .doc(invite._id)
      .update({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await join(invite.code, 'openid-late')).toMatchObject({
      ok: false,
      code: 'INVITE_EXPIRED',
      message: expect.stringContaining('已过期'),
    });
    const me = await harness.call<Me>('account', 'me', {}, 'openid-late');
    expect(me.ok && me.data.member).toBeNull();
  });

  it('refuses a revoked invite, and an unknown or malformed code', async () => {
    const invite = await createInvite(null);
    expect(
      await harness.call('org', 'revokeInvite', { inviteId: invite._id }, PERSONAS.unitAdmin),
    ).toMatchObject({
      ok: true,
      data: { status: 'revoked' },
    });
    expect(await join(invite.code, 'openid-revoked')).toMatchObject({ ok: false, code: 'INVITE_REVOKED' });
    expect(await join('ZZZZZZZZ', 'openid-unknown')).toMatchObject({ ok: false, code: 'INVITE_INVALID' });
    expect(await join('12', 'openid-unknown')).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('gives the admin a mini-program code image that opens the join page', async () => {
    const invite = await createInvite(null);
    const result = await harness.call<{ imageUrl: string }>(
      'org',
      'inviteQrCode',
      { inviteId: invite._id },
      PERSONAS.unitAdmin,
    );
    if (!result.ok) throw new Error(result.message);
    const image = await fetch(result.data.imageUrl);
    expect(image.status).toBe(200);
    expect(
      Buffer.from(await image.arrayBuffer())
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG');
  });

  it('answers a wrongly typed field in Chinese', async () => {
    const result = await harness.call(
      'org',
      'createInvite',
      { unitId: TARGET_UNIT, validHours: 24, maxUses: '不限' },
      PERSONAS.unitAdmin,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/maxUses.*无效输入/),
    });
  });

  it('validates the invite settings', async () => {
    const result = await harness.call(
      'org',
      'createInvite',
      { unitId: TARGET_UNIT, validHours: 0, maxUses: null },
      PERSONAS.unitAdmin,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('有效期至少 1 小时'),
    });
  });
});
