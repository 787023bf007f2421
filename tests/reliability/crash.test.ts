import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../cloudfunctions/local/reconcile/reconcile';
import type { Unit } from '../../cloudfunctions/shared/org/unit';
import type { CheckInResult } from '../../cloudfunctions/shared/sessions/contract';
import type { SubmitOutcome } from '../../cloudfunctions/shared/reflections/reflection';
import type { ReportView } from '../../cloudfunctions/shared/reports/report';
import type { Result } from '../../cloudfunctions/shared/result';
import type { ReportRecord } from '../../cloudfunctions/src/functions/reports/records';
import type { MemberRecord } from '../../cloudfunctions/src/platform/directory';
import { startCrashableStack, type CrashableStack } from '../support/crashable-stack';
import { publishTo } from '../support/fixtures/notices';
import { addMember } from '../support/fixtures/org';
import { draftKey, originalText, SEED_NOTICE } from '../support/fixtures/reflections';
import { REPORT_TEXT, reportingUnit } from '../support/fixtures/reports';
import { addSession, codeOf } from '../support/fixtures/sessions';
import { TARGET_UNIT } from '../support/personas';
import { answerCode, scaled, tally } from '../support/reliability';

/**
 * kill -9 of the local backend during a check-in burst and a reflection burst, and during a round of report
 * submissions, then a restart on the same data: every write a client was told succeeded is stored, none
 * twice, counters equal a recount, and every call that was cut off can be asked again and finishes.
 */

const CHECK_INS = scaled(40, 150);
const REFLECTIONS = scaled(30, 100);
const REPORTING_UNITS = scaled(12, 40);
const RETRIES = 5;

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

/** Asks again, as a phone does after a failed call, until the answer is ok or the tries run out. */
async function untilOk<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  let result = await call();
  for (let tries = 1; !result.ok && tries < RETRIES; tries += 1) result = await call();
  return result;
}

/** Makes all the calls at once; the backend dies when a third of them have been answered, then restarts. */
async function crashDuring<T>(calls: (() => Promise<Result<T>>)[]): Promise<Result<T>[]> {
  const results = await stack.crashDuring(calls, Math.floor(calls.length / 3));
  console.log('answers during the crash:', tally(results.map(answerCode)));
  // A call the crash cut off is told the service was out of reach, so the phone asks again; never INTERNAL.
  const refusals = results.filter((result) => !result.ok);
  expect(refusals.length).toBeGreaterThan(0);
  expect(new Set(refusals.map(answerCode))).toEqual(new Set(['UNAVAILABLE']));
  return results;
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

      // Both bursts at once.
      const all: Attempt<unknown>[] = [...checkIns, ...submissions];
      const first = await crashDuring(all.map((attempt) => attempt.call));

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

describe('kill -9 of the backend while units submit their reports', () => {
  it(
    'keeps every acknowledged report once, with one audit entry and one submission, and every cut-off submit finishes when retried',
    async () => {
      const product = { call: stack.call, stack };
      const units = await Promise.all(Array.from({ length: REPORTING_UNITS }, () => reportingUnit(product)));
      const notice = await publishTo(
        product,
        units.map(({ unit }) => unit._id),
        { reportDeadline: '2027-12-31' },
      );
      const submits = units.map(
        ({ unit, admin }) =>
          () =>
            stack.call<ReportView>(
              'reports',
              'submit',
              { noticeId: notice._id, unitId: unit._id, ...REPORT_TEXT },
              admin,
            ),
      );
      const storedOf = async (unit: Unit) => {
        const { data } = (await stack.db
          .collection('reports')
          .where({ noticeId: notice._id, unitId: unit._id })
          .get()) as unknown as { data: ReportRecord[] };
        const audited = await total('audit_log', {
          action: 'report.submit',
          'details.title': notice.title,
          'details.unitName': unit.name,
        });
        return { reports: data, audited };
      };
      // The report and its audit entry commit together or not at all.
      const expectSubmittedOnce = async (unit: Unit, why: string) => {
        const { reports, audited } = await storedOf(unit);
        expect(reports, why).toHaveLength(1);
        expect(reports[0], why).toMatchObject({ status: 'submitted', ...REPORT_TEXT });
        expect(
          reports[0].history.map((entry) => entry.what),
          why,
        ).toEqual(['submit']);
        expect(audited, why).toBe(1);
      };

      const first = await crashDuring(submits);
      let unanswered = 0;
      for (const [i, { unit }] of units.entries()) {
        const why = `submit ${i}: ${JSON.stringify(first[i])}`;
        const { reports, audited } = await storedOf(unit);
        // A failed submit was cut off before its commit, or committed with its answer lost.
        if (!first[i].ok && reports.length > 0) unanswered += 1;
        if (first[i].ok || reports.length > 0) await expectSubmittedOnce(unit, why);
        else expect(audited, why).toBe(0);
      }
      console.log('reports stored whose answer was lost:', unanswered);
      expect(await reconcile(stack.db)).toEqual([]);

      // Every admin asks again until answered; a submit already stored is answered with the stored report.
      const retried = await Promise.all(submits.map(untilOk));
      expect(tally(retried.map(answerCode))).toEqual({ ok: units.length });
      for (const [i, { unit }] of units.entries()) {
        if (first[i].ok) expect(retried[i], `retry of submit ${i}`).toEqual(first[i]);
        await expectSubmittedOnce(unit, `retry of submit ${i}`);
      }
      expect(await reconcile(stack.db)).toEqual([]);
    },
    scaled(60_000, 300_000),
  );
});
