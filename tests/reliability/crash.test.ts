import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../cloudfunctions/local/reconcile/reconcile';
import type { CheckInResult } from '../../cloudfunctions/shared/sessions/contract';
import type { SubmitOutcome } from '../../cloudfunctions/shared/reflections/reflection';
import type { Result } from '../../cloudfunctions/shared/result';
import type { MemberRecord } from '../../cloudfunctions/src/platform/directory';
import { startCrashableStack, type CrashableStack } from '../support/crashable-stack';
import { addMember } from '../support/fixtures/org';
import { draftKey, originalText, SEED_NOTICE } from '../support/fixtures/reflections';
import { addSession, codeOf } from '../support/fixtures/sessions';
import { TARGET_UNIT } from '../support/personas';
import { answerCode, scaled, tally } from '../support/reliability';

/**
 * kill -9 of the local backend during a check-in burst and a reflection burst, then a restart on the same
 * data: every write a client was told succeeded is stored, none twice, counters equal a recount, and every
 * call that was cut off can be asked again and finishes. (Report submission joins this test once the
 * `reports` function is on main.)
 */

const CHECK_INS = scaled(40, 150);
const REFLECTIONS = scaled(30, 100);

let stack: CrashableStack;
beforeAll(async () => {
  stack = await startCrashableStack();
});
afterAll(() => stack?.close());

const total = async (collection: string, where: object) =>
  ((await stack.db.collection(collection).where(where).count()) as { total: number }).total;

interface Attempt<T> {
  member: MemberRecord;
  call: () => Promise<Result<T>>;
}

describe('kill -9 of the backend during bursts of check-ins and reflections', () => {
  it(
    'keeps every acknowledged write once, and every cut-off call finishes when asked again',
    async () => {
      const session = await addSession(stack.db, TARGET_UNIT);
      const attendees = await Promise.all(
        Array.from({ length: CHECK_INS }, () => addMember(stack.db, TARGET_UNIT, '断电签到')),
      );
      const writers = await Promise.all(
        Array.from({ length: REFLECTIONS }, () => addMember(stack.db, TARGET_UNIT, '断电作者')),
      );
      const checkIns: Attempt<CheckInResult>[] = attendees.map((member) => ({
        member,
        // A phone retries with the code on the screen now (the one it scanned may have rotated meanwhile).
        call: () =>
          stack.call('sessions', 'checkIn', { sessionId: session._id, code: codeOf(session) }, member.openid),
      }));
      const submissions: (Attempt<SubmitOutcome> & { text: string })[] = writers.map((member) => {
        const key = draftKey();
        const text = originalText();
        return {
          member,
          text,
          call: () =>
            stack.call(
              'reflections',
              'submit',
              { draftKey: key, noticeId: SEED_NOTICE, text },
              member.openid,
            ),
        };
      });

      // Both bursts at once; the backend dies when a third of all calls have been answered.
      const all: Attempt<unknown>[] = [...checkIns, ...submissions];
      let answered = 0;
      let killing: Promise<void> | null = null;
      const first = await Promise.all(
        all.map(async (attempt) => {
          const result = await attempt.call();
          answered += 1;
          if (answered === Math.floor(all.length / 3)) killing = stack.killBackend();
          return result;
        }),
      );
      await killing;
      await stack.restartBackend();
      console.log('answers during the crash:', tally(first.map(answerCode)));
      expect(first.some((result) => !result.ok)).toBe(true);

      // Every acknowledged check-in is stored, and nobody has two.
      for (const [i, attempt] of checkIns.entries()) {
        const stored = await total('session_attendance', {
          activityId: session.activityId,
          memberId: attempt.member._id,
        });
        expect(stored, `check-in ${i}: ${JSON.stringify(first[i])}`).toBe(
          first[i].ok ? 1 : stored === 0 ? 0 : 1,
        );
      }
      // Every acknowledged reflection is stored once, with the text the client sent.
      for (const [i, attempt] of submissions.entries()) {
        const result = first[checkIns.length + i] as Result<SubmitOutcome>;
        const { data } = (await stack.db
          .collection('reflections')
          .where({ memberId: attempt.member._id })
          .get()) as unknown as { data: { _id: string; text: string; status: string }[] };
        if (result.ok) {
          expect(data).toHaveLength(1);
          expect(data[0]).toMatchObject({ _id: result.data.reflection._id, status: 'submitted' });
        } else expect(data.length).toBeLessThanOrEqual(1);
      }
      expect(await reconcile(stack.db)).toEqual([]);

      // Every call cut off is asked again and finishes; asking again after success changes nothing.
      const retried = await Promise.all(all.map((attempt) => attempt.call()));
      expect(tally(retried.map(answerCode))).toEqual({ ok: all.length });
      for (const attempt of checkIns) {
        expect(
          await total('session_attendance', { activityId: session.activityId, memberId: attempt.member._id }),
        ).toBe(1);
      }
      for (const attempt of submissions) {
        expect(await total('reflections', { memberId: attempt.member._id, status: 'submitted' })).toBe(1);
        expect(await total('reflection_submissions', { memberId: attempt.member._id })).toBe(1);
      }
      expect(await reconcile(stack.db)).toEqual([]);
    },
    scaled(60_000, 300_000),
  );
});
