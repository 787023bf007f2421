import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../cloudfunctions/shared/result';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addInvite, addMember } from '../support/fixtures/org';
import { draftKey, originalText, SEED_NOTICE } from '../support/fixtures/reflections';
import { addSession, codeOf } from '../support/fixtures/sessions';
import { TARGET_UNIT } from '../support/personas';
import { answerCode, scaled, tally } from '../support/reliability';

/**
 * One person's burst of writes or guesses is cut off with RATE_LIMITED and a Chinese message naming when to
 * try again, while another person goes on as usual. Bursts run 16 at a time, as CloudBase would start that
 * many instances for one person's script (8 inside npm test).
 */

let harness: FunctionHarness;
/** Where the test's clock stands: the start of a minute, so each burst stays inside one window. */
let now = () => Date.now();

beforeAll(async () => {
  // Inside npm test (a loaded machine) 8 at a time, so a burst of submissions stays inside its minute.
  harness = await startFunctionHarness({ seed: true, poolSize: scaled(8, 16) });
});
afterAll(() => harness?.close());

async function atMinuteStart() {
  const at = Math.ceil((Date.now() + 1_000) / 60_000) * 60_000 + 500;
  harness.stack.setClock(new Date(at));
  const offset = at - Date.now();
  now = () => Date.now() + offset;
}

const burst = (size: number, call: (i: number) => Promise<Result<unknown>>) =>
  Promise.all(Array.from({ length: size }, (_, i) => call(i)));

const LIMITED = {
  ok: false,
  code: 'RATE_LIMITED',
  message: expect.stringMatching(/太频繁|过多.*请在 \d{2}:\d{2} 后再试/),
};

describe('bursts from one person', () => {
  it('cuts off a burst of 100 reflections at the write limit, not the colleague', async () => {
    await atMinuteStart();
    const spammer = await addMember(harness.stack.db, TARGET_UNIT, '刷屏职工');
    const colleague = await addMember(harness.stack.db, TARGET_UNIT, '正常职工');
    const results = await burst(100, () =>
      harness.call(
        'reflections',
        'submit',
        { draftKey: draftKey(), noticeId: SEED_NOTICE, text: originalText() },
        spammer.openid,
      ),
    );
    const codes = tally(results.map(answerCode));
    console.log('reflection burst:', codes);
    // Each attempt is counted before it runs; under a burst a count may read others' increments too, so
    // at most the limit (30 a minute) get through, and everything past it is RATE_LIMITED.
    expect(codes.ok).toBeGreaterThan(0);
    expect(codes.ok + (codes.BUSY ?? 0)).toBeLessThanOrEqual(30);
    expect(codes.RATE_LIMITED).toBeGreaterThanOrEqual(70);
    expect(Object.keys(codes).sort()).toEqual(
      codes.BUSY ? ['BUSY', 'RATE_LIMITED', 'ok'] : ['RATE_LIMITED', 'ok'],
    );
    expect(results.find((result) => answerCode(result) === 'RATE_LIMITED')).toMatchObject(LIMITED);
    const stored = (await harness.stack.db
      .collection('reflections')
      .where({ memberId: spammer._id })
      .count()) as { total: number };
    expect(stored.total).toBe(codes.ok);
    expect(
      await harness.call(
        'reflections',
        'submit',
        { draftKey: draftKey(), noticeId: SEED_NOTICE, text: originalText() },
        colleague.openid,
      ),
    ).toMatchObject({ ok: true });
  });

  it('cuts off 100 check-ins with wrong codes after 10, and the colleague still checks in', async () => {
    await atMinuteStart();
    const session = await addSession(harness.stack.db, TARGET_UNIT, {}, now());
    const guesser = await addMember(harness.stack.db, TARGET_UNIT, '猜码职工');
    const colleague = await addMember(harness.stack.db, TARGET_UNIT, '到会职工');
    const right = codeOf(session, now());
    const wrong = (i: number) => {
      const code = String((Number(right) + 1 + i * 7919) % 1_000_000).padStart(6, '0');
      return code === right || code === codeOf(session, now() - 30_000) ? '999999' : code;
    };
    const results = await burst(100, (i) =>
      harness.call('sessions', 'checkIn', { sessionId: session._id, code: wrong(i) }, guesser.openid),
    );
    const codes = tally(results.map(answerCode));
    console.log('check-in code guesses:', codes);
    expect(codes.CODE_INVALID).toBeGreaterThan(0);
    expect(codes.CODE_INVALID).toBeLessThanOrEqual(10);
    expect(codes.CODE_INVALID + codes.RATE_LIMITED).toBe(100);
    expect(results.find((result) => answerCode(result) === 'RATE_LIMITED')).toMatchObject(LIMITED);
    // Past the limit even the right code waits.
    expect(
      await harness.call(
        'sessions',
        'checkIn',
        { sessionId: session._id, code: codeOf(session, now()) },
        guesser.openid,
      ),
    ).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(
      await harness.call(
        'sessions',
        'checkIn',
        { sessionId: session._id, code: codeOf(session, now()) },
        colleague.openid,
      ),
    ).toMatchObject({ ok: true, data: { already: false } });
  });

  it('cuts off 100 invite guesses in a minute after 10, and a newcomer still joins', async () => {
    await atMinuteStart();
    const invite = await addInvite(harness.stack.db, TARGET_UNIT);
    const guess = (i: number) => `Z${String(i).padStart(7, '2').replace(/[01]/g, 'Q')}`.slice(0, 8);
    const results = await burst(100, (i) =>
      harness.call('account', 'previewInvite', { code: guess(i) }, 'openid-invite-guesser'),
    );
    const codes = tally(results.map(answerCode));
    console.log('invite guesses:', codes);
    expect(codes.INVITE_INVALID).toBeGreaterThan(0);
    expect(codes.INVITE_INVALID).toBeLessThanOrEqual(10);
    expect(codes.INVITE_INVALID + codes.RATE_LIMITED).toBe(100);
    expect(results.find((result) => answerCode(result) === 'RATE_LIMITED')).toMatchObject(LIMITED);
    expect(
      await harness.call('account', 'join', { code: invite.code, name: '猜码人' }, 'openid-invite-guesser'),
    ).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(
      await harness.call('account', 'join', { code: invite.code, name: '新职工' }, 'openid-invite-newcomer'),
    ).toMatchObject({ ok: true });
  });
});
