// A crowd at the door: 300 members of one session check in within 30 seconds through the functions and the
// real wx-server-sdk, with 100 duplicate retries (double taps in flight and network retries afterwards).
// Prints latency, database requests per check-in and the final counts against a recount of the records.
import { loadavg } from 'node:os';
import type { CheckInResult } from '../../cloudfunctions/shared/sessions/contract';
import type { SessionView } from '../../cloudfunctions/shared/sessions/session';
import type { AttendanceSheet, DisplayState } from '../../cloudfunctions/shared/sessions/sheet';
import type { Result } from '../../cloudfunctions/shared/result';
import type { MemberRecord, UnitRecord } from '../../cloudfunctions/src/platform/directory';
import { startFunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';
import { runAlone } from './run-alone';

const CROWD = 300;
const DUPLICATES = 100;
const SPREAD_MS = 25_000;
const SCREEN_REFRESH_MS = 1_000;
const UNIT_ID = 'unit-bench-hall';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};
const ms = (value: number) => `${Math.round(value)} ms`;

function unwrap<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.code} ${result.message}`);
  return result.data;
}

export interface CheckinFigures {
  crowd: number;
  duplicates: number;
  elapsedMs: number;
  p50Ms: number;
  p95Ms: number;
  requestsPerCheckIn: number;
  newCheckInRequests: number;
  consistent: boolean;
}

/** Runs the check-in burst, prints its lines and returns the figures (npm run bench collects them). */
export async function runCheckinBench(): Promise<CheckinFigures> {
  const harness = await startFunctionHarness({ seed: true, poolSize: 16 });
  try {
    const db = harness.stack.db;
    const parent = ((await db.collection('units').doc(TARGET_UNIT).get()) as unknown as { data: UnitRecord })
      .data;
    await db.collection('units').add({
      data: {
        _id: UNIT_ID,
        name: '二中礼堂测试单位',
        kind: parent.kind,
        parentId: parent._id,
        path: [...parent.path, UNIT_ID],
        depth: parent.depth + 1,
        code: null,
      },
    });
    const members: MemberRecord[] = Array.from({ length: CROWD }, (_, i) => ({
      _id: `member-bench-${i}`,
      openid: `openid-bench-${i}`,
      name: `职工${i}`,
      staffNo: null,
      unitId: UNIT_ID,
      unitPath: [...parent.path, UNIT_ID],
      status: 'active',
      joinedAt: new Date(),
      inviteId: null,
      grants: [],
    }));
    for (let start = 0; start < members.length; start += 100) {
      await db.collection('members').add({ data: members.slice(start, start + 100) });
    }
    const session = unwrap(
      await harness.call<SessionView>(
        'sessions',
        'create',
        {
          unitId: UNIT_ID,
          title: '全体职工专题学习会（压测）',
          kind: 'meeting',
          startAt: new Date(Date.now() + 10 * 60_000).toISOString(),
          endAt: new Date(Date.now() + 100 * 60_000).toISOString(),
          place: '礼堂',
        },
        PERSONAS.unitAdmin,
      ),
      'create',
    );
    const showScreen = () =>
      harness.call<DisplayState>('sessions', 'display', { sessionId: session._id }, PERSONAS.unitAdmin);

    // Function instances start as a crowd arrives; start them first so the figures are of warm instances.
    await Promise.all(Array.from({ length: 16 }, () => showScreen()));
    const screenCost = (await harness.requestsDuring(showScreen)).requests;

    // The leader's screen keeps refreshing during the crowd, as it would in the hall.
    let code = unwrap(await showScreen(), 'display').code as string;
    let screenRefreshes = 0;
    let crowdDone = false;
    const screen = (async () => {
      while (!crowdDone) {
        await sleep(SCREEN_REFRESH_MS);
        const shown = await showScreen();
        screenRefreshes += 1;
        if (shown.ok && shown.data.code) code = shown.data.code;
      }
    })();

    const firstLatencies: number[] = [];
    const retryLatencies: number[] = [];
    const outcomes: Record<string, number> = {};
    const tally = (result: Result<CheckInResult>, retry: boolean) => {
      const key = result.ok ? (result.data.already ? 'already' : 'checked in') : result.code;
      const label = `${retry ? 'retry' : 'first'}: ${key}`;
      outcomes[label] = (outcomes[label] ?? 0) + 1;
    };
    const checkIn = async (member: MemberRecord, retry: boolean) => {
      const begin = performance.now();
      const result = await harness.call<CheckInResult>(
        'sessions',
        'checkIn',
        { sessionId: session._id, code },
        member.openid,
      );
      (retry ? retryLatencies : firstLatencies).push(performance.now() - begin);
      tally(result, retry);
    };

    const before = harness.stack.databaseRequests().total;
    const started = performance.now();
    await Promise.all(
      members.map(async (member, i) => {
        await sleep((i * SPREAD_MS) / CROWD);
        if (i >= DUPLICATES) return checkIn(member, false);
        // Half double-tap (both in flight at once), half retry after the answer was lost on the way back.
        if (i % 2 === 0) return Promise.all([checkIn(member, false), checkIn(member, true)]);
        await checkIn(member, false);
        await sleep(500 + Math.random() * 2_000);
        return checkIn(member, true);
      }),
    );
    const elapsed = performance.now() - started;
    crowdDone = true;
    await screen;
    const crowdRequests = harness.stack.databaseRequests().total - before - screenRefreshes * screenCost;

    // One check-in at a time, counted exactly: a newcomer, then the same person again.
    const late = members
      .slice(0, 5)
      .map((member, i) => ({ ...member, _id: `member-bench-late-${i}`, openid: `openid-bench-late-${i}` }));
    await db.collection('members').add({ data: late });
    const single: number[] = [];
    const again: number[] = [];
    for (const member of late) {
      single.push((await harness.requestsDuring(() => checkIn(member, false))).requests);
      again.push((await harness.requestsDuring(() => checkIn(member, true))).requests);
    }

    const sheetRead = await harness.requestsDuring(() =>
      harness.call<AttendanceSheet>('sessions', 'attendance', { sessionId: session._id }, PERSONAS.unitAdmin),
    );
    const sheet = unwrap(sheetRead.result, 'attendance');
    const recount = async (where: Record<string, unknown>) =>
      (
        (await db
          .collection('session_attendance')
          .where({ sessionId: session._id, ...where })
          .count()) as { total: number }
      ).total;
    const raw = {
      checkedIn: await recount({}),
      present: await recount({ status: 'present' }),
      late: await recount({ status: 'late' }),
    };
    const records = (await db
      .collection('session_attendance')
      .aggregate()
      .match({ sessionId: session._id })
      .group({ _id: '$memberId', n: db.command.aggregate.sum(1) })
      .match({ n: db.command.gt(1) })
      .end()) as { list: unknown[] };

    const lines = [
      `crowd: ${CROWD} members + ${DUPLICATES} duplicate retries, arriving over ${SPREAD_MS / 1000} s; done in ${(elapsed / 1000).toFixed(1)} s`,
      `outcomes: ${JSON.stringify(outcomes)}`,
      `first check-ins: p50 ${ms(percentile(firstLatencies, 0.5))}, p95 ${ms(percentile(firstLatencies, 0.95))}`,
      `duplicate retries: p50 ${ms(percentile(retryLatencies, 0.5))}, p95 ${ms(percentile(retryLatencies, 0.95))}`,
      `database requests per check-in in the crowd: ${(crowdRequests / (CROWD + DUPLICATES)).toFixed(2)} (${crowdRequests} for ${CROWD + DUPLICATES} calls, the screen's ${screenRefreshes} refreshes × ${screenCost} taken out)`,
      `database requests, one at a time: new check-in ${Math.max(...single)}, repeat ${Math.max(...again)}; live sheet refresh ${sheetRead.requests}`,
      `counts on the sheet: checked in ${sheet.counts.checkedIn}, present ${sheet.counts.present}, late ${sheet.counts.late}, expected ${sheet.counts.expected}, not yet ${sheet.counts.notYet}`,
      `recount of the records: checked in ${raw.checkedIn}, present ${raw.present}, late ${raw.late}; people with more than one record: ${records.list.length}`,
    ];
    console.log(lines.join('\n'));
    const consistent =
      sheet.counts.checkedIn === raw.checkedIn &&
      sheet.counts.present === raw.present &&
      sheet.counts.late === raw.late &&
      raw.checkedIn === CROWD + late.length &&
      records.list.length === 0;
    console.log(
      consistent
        ? 'counts agree with the records, one record per person'
        : 'MISMATCH between the counts and the records',
    );
    console.log(
      `${elapsed <= 30_000 ? 'within' : 'NOT within'} 30 s: every call answered ${(elapsed / 1000).toFixed(1)} s after the first arrived (machine load ${loadavg()[0].toFixed(1)})`,
    );
    return {
      crowd: CROWD,
      duplicates: DUPLICATES,
      elapsedMs: elapsed,
      p50Ms: percentile(firstLatencies, 0.5),
      p95Ms: percentile(firstLatencies, 0.95),
      requestsPerCheckIn: crowdRequests / (CROWD + DUPLICATES),
      newCheckInRequests: Math.max(...single),
      consistent,
    };
  } finally {
    await harness.close();
  }
}

runAlone(module, runCheckinBench, (figures) => !figures.consistent);
