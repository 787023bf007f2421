import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InviteView } from '../../cloudfunctions/shared/org/invite';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

describe('guessing and probing', () => {
  it('stops one person guessing invite codes, and only that person', async () => {
    const invite = await harness.call<InviteView>(
      'org',
      'createInvite',
      { unitId: TARGET_UNIT, validHours: 24, maxUses: null },
      PERSONAS.unitAdmin,
    );
    if (!invite.ok) throw new Error(invite.message);
    const guesses = ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC', 'DDDDDDDD', 'EEEEEEEE'];
    for (let i = 0; i < 10; i += 1) {
      const guess = await harness.call(
        'account',
        'previewInvite',
        { code: guesses[i % 5] },
        'openid-guesser',
      );
      expect(guess).toMatchObject({ ok: false, code: 'INVITE_INVALID' });
    }
    // Past the limit even the right code waits: the answer must not tell a guesser when they hit one.
    expect(
      await harness.call('account', 'previewInvite', { code: invite.data.code }, 'openid-guesser'),
    ).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/邀请码输错次数过多，请在 \d{2}:\d{2} 后再试/),
    });
    expect(
      await harness.call('account', 'join', { code: invite.data.code, name: '猜码人' }, 'openid-guesser'),
    ).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(
      await harness.call('account', 'previewInvite', { code: invite.data.code }, 'openid-honest-newcomer'),
    ).toMatchObject({ ok: true });
  });

  it('names an unknown action without echoing what was sent', async () => {
    const action = 'x'.repeat(900_000);
    const result = (await harness.invoke(
      'org',
      { action, payload: {} },
      { OPENID: PERSONAS.member, SOURCE: 'wx_client' },
    )) as { ok: boolean; code: string; message: string };
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(result.message.length).toBeLessThan(80);
    expect(
      await harness.invoke('org', { action: { $ne: 1 } }, { OPENID: PERSONAS.member, SOURCE: 'wx_client' }),
    ).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
      message: '没有这个操作',
    });
  });
});
