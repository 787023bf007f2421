import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceSheet } from '../../cloudfunctions/shared/sessions/sheet';
import type { CheckInResult } from '../../cloudfunctions/shared/sessions/contract';
import type { Result } from '../../cloudfunctions/shared/result';
import type { SessionRecord } from '../../cloudfunctions/src/functions/sessions/records';
import { addMember } from '../support/fixtures/org';
import { addSession, codeOf } from '../support/fixtures/sessions';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, SIBLING_UNIT, TARGET_UNIT } from '../support/personas';

const MINUTE = 60_000;
let harness: FunctionHarness;
beforeAll(async () => {
  // As many instances at once as CloudBase would start for a crowd at the door, so requests really race.
  harness = await startFunctionHarness({ seed: true, poolSize: 8 });
});
afterAll(() => harness?.close());
afterEach(() => harness.stack.setClock(null));

const db = () => harness.stack.db;
const session = (overrides: Partial<SessionRecord> = {}, now = Date.now()) =>
  addSession(db(), TARGET_UNIT, overrides, now);
const checkIn = (openid: string, payload: Record<string, unknown>) =>
  harness.call<CheckInResult>('sessions', 'checkIn', payload, openid);
const sheet = async (sessionId: string, list = 'present') => {
  const result = await harness.call<AttendanceSheet>(
    'sessions',
    'attendance',
    { sessionId, list },
    PERSONAS.unitAdmin,
  );
  if (!result.ok) throw new Error(result.message);
  return result.data;
};
const codes = (results: Result<unknown>[]) =>
  results.reduce<Record<string, number>>((tally, result) => {
    const key = result.ok ? 'ok' : result.code;
    return { ...tally, [key]: (tally[key] ?? 0) + 1 };
  }, {});

describe('a member checks in with the code on the screen', () => {
  it('accepts the current step’s code, marks lateness, and costs three database requests', async () => {
    const onTime = await session({ startAt: new Date(Date.now() + 10 * MINUTE) });
    const { result, requests } = await harness.requestsDuring(() =>
      checkIn(PERSONAS.member, { sessionId: onTime._id, code: codeOf(onTime) }),
    );
    expect(result).toMatchObject({ ok: true, data: { already: false, attendance: { status: 'present' } } });
    expect(requests).toBeLessThanOrEqual(3);

    const late = await session({ startAt: new Date(Date.now() - 6 * MINUTE) });
    expect(await checkIn(PERSONAS.member, { sessionId: late._id, code: codeOf(late) })).toMatchObject({
      ok: true,
      data: { attendance: { status: 'late' } },
    });
  });

  it('accepts the previous step’s code and refuses older ones with CODE_EXPIRED', async () => {
    const at = Date.UTC(2026, 10, 26, 6, 0, 5);
    const running = await session({}, at);
    const shownAt = codeOf(running, at);
    const first = await addMember(db(), TARGET_UNIT, '张上步');
    const second = await addMember(db(), TARGET_UNIT, '李旧码');

    harness.stack.setClock(new Date(at + 30_000));
    expect(await checkIn(first.openid, { sessionId: running._id, code: shownAt })).toMatchObject({
      ok: true,
    });

    harness.stack.setClock(new Date(at + 60_000));
    expect(await checkIn(second.openid, { sessionId: running._id, code: shownAt })).toEqual({
      ok: false,
      code: 'CODE_EXPIRED',
      message: '签到码已过期，请扫描屏幕上最新的二维码',
    });
    expect(await checkIn(second.openid, { sessionId: running._id, code: '000000' })).toMatchObject({
      ok: false,
      code: expect.stringMatching(/^CODE_(INVALID|EXPIRED)$/),
    });
  });

  it('says when check-in opens, and refuses once it is closed', async () => {
    const start = Date.UTC(2026, 10, 26, 6, 0, 0);
    const later = await session({ startAt: new Date(start), endAt: new Date(start + 90 * MINUTE) }, start);
    const attempt = async (at: number) => {
      // Fixtures are written at real time (the admin SDK signs with this process's clock), then the world
      // moves to `at`; the pinned clock runs on from there, so exact edges are left to the window's tests.
      harness.stack.setClock(null);
      const person = await addMember(db(), TARGET_UNIT);
      harness.stack.setClock(new Date(at));
      return checkIn(person.openid, { sessionId: later._id, code: codeOf(later, at) });
    };
    expect(await attempt(start - 32 * MINUTE)).toEqual({
      ok: false,
      code: 'NOT_OPEN',
      message: '签到尚未开始，将于 11月26日 13:30 开放',
      details: { opensAt: '2026-11-26T05:30:00.000Z' },
    });
    expect(await attempt(start - 30 * MINUTE + 1000)).toMatchObject({
      ok: true,
      data: { attendance: { status: 'present' } },
    });
    expect(await attempt(start + 5 * MINUTE + 2000)).toMatchObject({
      ok: true,
      data: { attendance: { status: 'late' } },
    });
    expect(await attempt(start + 90 * MINUTE)).toMatchObject({ ok: false, code: 'CLOSED' });
  });

  it('closes when the leader closes it', async () => {
    const running = await session();
    expect(
      await harness.call('sessions', 'closeCheckIn', { sessionId: running._id }, PERSONAS.unitAdmin),
    ).toMatchObject({ ok: true, data: { phase: 'closed' } });
    expect(await checkIn(PERSONAS.member, { sessionId: running._id, code: codeOf(running) })).toMatchObject({
      ok: false,
      code: 'CLOSED',
    });
  });

  it('refuses someone outside the session’s unit subtree, and a payload that names another person', async () => {
    const running = await session();
    const outsider = await addMember(db(), SIBLING_UNIT, '王外校');
    expect(await checkIn(outsider.openid, { sessionId: running._id, code: codeOf(running) })).toEqual({
      ok: false,
      code: 'NOT_EXPECTED',
      message: '您不在本次学习活动的参加范围内',
    });
    const forSomeoneElse = await checkIn(PERSONAS.member, {
      sessionId: running._id,
      code: codeOf(running),
      memberId: 'member-school-2-3',
    });
    expect(forSomeoneElse).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect((await sheet(running._id)).counts.checkedIn).toBe(0);
  });

  it('limits wrong guesses per person', async () => {
    const running = await session();
    const guesser = await addMember(db(), TARGET_UNIT, '赵乱猜');
    const right = codeOf(running);
    const wrong = (n: number) => String((Number(right) + 7919 * (n + 1)) % 1_000_000).padStart(6, '0');
    const answers = [];
    for (let n = 0; n < 11; n += 1) {
      answers.push(await checkIn(guesser.openid, { sessionId: running._id, code: wrong(n) }));
    }
    expect(answers.slice(0, 10).every((answer) => !answer.ok && answer.code.startsWith('CODE_'))).toBe(true);
    expect(answers[10]).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    // Even the right code waits until the window passes: guessing must not pay.
    expect(await checkIn(guesser.openid, { sessionId: running._id, code: right })).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
    });
  });
});

describe('the location fence', () => {
  const fence = { latitude: 36.0662, longitude: 120.3826, radiusMeters: 200 };
  const north = (meters: number) => fence.latitude + meters / 111_195;

  it('needs a location, a precise enough one, and a near one', async () => {
    const fenced = await session({ geofence: fence });
    const person = await addMember(db(), TARGET_UNIT, '孙定位');
    const attempt = (location?: object) =>
      checkIn(person.openid, {
        sessionId: fenced._id,
        code: codeOf(fenced),
        ...(location ? { location } : {}),
      });
    expect(await attempt()).toMatchObject({ ok: false, code: 'LOCATION_REQUIRED' });
    expect(
      await attempt({ latitude: north(10), longitude: fence.longitude, accuracy: 500, system: 'gcj02' }),
    ).toMatchObject({ ok: false, code: 'LOCATION_INACCURATE', message: expect.stringContaining('500 米') });
    expect(
      await attempt({ latitude: north(650), longitude: fence.longitude, accuracy: 30, system: 'gcj02' }),
    ).toMatchObject({
      ok: false,
      code: 'OUT_OF_RANGE',
      message: '您距离签到地点约 650 米，超出签到范围（200 米）',
      details: { distanceMeters: 650, radiusMeters: 200 },
    });
    expect(
      await attempt({ latitude: north(120), longitude: fence.longitude, accuracy: 30, system: 'gcj02' }),
    ).toMatchObject({ ok: true });
  });
});

describe('one record per person and activity', () => {
  it('answers 20 simultaneous check-ins of one person with one record', async () => {
    const running = await session();
    const person = await addMember(db(), TARGET_UNIT, '周连点');
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        checkIn(person.openid, { sessionId: running._id, code: codeOf(running) }),
      ),
    );
    expect(codes(results)).toEqual({ ok: 20 });
    expect(results.filter((result) => result.ok && !result.data.already)).toHaveLength(1);
    const stored = (await db()
      .collection('session_attendance')
      .where({ activityId: running._id, memberId: person._id })
      .count()) as { total: number };
    expect(stored.total).toBe(1);
    expect((await sheet(running._id)).counts.checkedIn).toBe(1);
  }, 180_000);

  it('returns the first record to a retry after the code has changed', async () => {
    const at = Date.UTC(2026, 10, 26, 7, 0, 0);
    const running = await session({}, at);
    const person = await addMember(db(), TARGET_UNIT);
    harness.stack.setClock(new Date(at));
    const first = await checkIn(person.openid, { sessionId: running._id, code: codeOf(running, at) });
    harness.stack.setClock(new Date(at + 5 * MINUTE));
    const { result: retry, requests } = await harness.requestsDuring(() =>
      checkIn(person.openid, { sessionId: running._id, code: codeOf(running, at) }),
    );
    expect(first.ok && retry.ok && retry.data.already).toBe(true);
    expect(retry.ok && first.ok && retry.data.attendance.checkedInAt).toBe(
      first.ok && first.data.attendance.checkedInAt,
    );
    expect(requests).toBeLessThanOrEqual(3);
  });

  it('counts 班次 once: the other shift shows “已在其他班次签到”', async () => {
    const created = await harness.call<{ _id: string }>(
      'sessions',
      'create',
      {
        unitId: TARGET_UNIT,
        title: '班次学习（早班）',
        kind: 'class',
        startAt: new Date(Date.now() - MINUTE).toISOString(),
        endAt: new Date(Date.now() + 60 * MINUTE).toISOString(),
        place: '培训中心',
      },
      PERSONAS.unitAdmin,
    );
    if (!created.ok) throw new Error(created.message);
    const shift = await harness.call<{ _id: string; activityId: string; multiShift: boolean }>(
      'sessions',
      'create',
      {
        unitId: TARGET_UNIT,
        title: '班次学习（晚班）',
        kind: 'class',
        startAt: new Date(Date.now() - 2 * MINUTE).toISOString(),
        endAt: new Date(Date.now() + 90 * MINUTE).toISOString(),
        place: '培训中心',
        sameActivityAs: created.data._id,
      },
      PERSONAS.unitAdmin,
    );
    if (!shift.ok) throw new Error(shift.message);
    expect(shift.data).toMatchObject({ activityId: created.data._id, multiShift: true });

    const morning = (await db().collection('sessions').doc(created.data._id).get()) as unknown as {
      data: SessionRecord;
    };
    const evening = (await db().collection('sessions').doc(shift.data._id).get()) as unknown as {
      data: SessionRecord;
    };
    const person = await addMember(db(), TARGET_UNIT, '吴倒班');
    expect(
      await checkIn(person.openid, { sessionId: morning.data._id, code: codeOf(morning.data) }),
    ).toMatchObject({ ok: true, data: { already: false, atOtherShift: false } });
    expect(
      await checkIn(person.openid, { sessionId: evening.data._id, code: codeOf(evening.data) }),
    ).toMatchObject({ ok: true, data: { already: true, atOtherShift: true } });

    const eveningSheet = await sheet(evening.data._id, 'other_shift');
    expect(eveningSheet.counts).toMatchObject({ checkedIn: 0, otherShift: 1 });
    expect(eveningSheet.list.items.map((item) => item.name)).toEqual(['吴倒班']);
    expect((await sheet(morning.data._id)).counts).toMatchObject({ checkedIn: 1, otherShift: 0 });

    const detail = await harness.call<{ mine: { atOtherShift: boolean }; shifts: unknown[] }>(
      'sessions',
      'get',
      { sessionId: evening.data._id },
      person.openid,
    );
    expect(detail).toMatchObject({ ok: true, data: { mine: { atOtherShift: true } } });
    expect(detail.ok && detail.data.shifts).toHaveLength(2);
    const mine = await harness.call<{ items: { session: { _id: string }; state: string }[] }>(
      'sessions',
      'listMine',
      {},
      person.openid,
    );
    const states = mine.ok ? mine.data.items.map((item) => [item.session._id, item.state]) : [];
    expect(states).toEqual(
      expect.arrayContaining([
        [morning.data._id, 'present'],
        [evening.data._id, 'other_shift'],
      ]),
    );
  });
});

describe('check-out', () => {
  it('needs the check-out code of a person who checked in here', async () => {
    const running = await session({ requireCheckOut: true, startAt: new Date(Date.now() - MINUTE) });
    const person = await addMember(db(), TARGET_UNIT, '郑签退');
    expect(
      await harness.call(
        'sessions',
        'checkOut',
        { sessionId: running._id, code: codeOf(running, Date.now(), 'out') },
        person.openid,
      ),
    ).toMatchObject({ ok: false, code: 'NOT_CHECKED_IN' });
    await checkIn(person.openid, { sessionId: running._id, code: codeOf(running) });
    expect(
      await harness.call(
        'sessions',
        'checkOut',
        { sessionId: running._id, code: codeOf(running) },
        person.openid,
      ),
    ).toMatchObject({ ok: false, code: 'CODE_INVALID' });
    const { result, requests } = await harness.requestsDuring(() =>
      harness.call(
        'sessions',
        'checkOut',
        { sessionId: running._id, code: codeOf(running, Date.now(), 'out') },
        person.openid,
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { already: false, attendance: { checkedOutAt: expect.any(String) } },
    });
    expect(requests).toBeLessThanOrEqual(3);
    expect((await sheet(running._id)).counts).toMatchObject({ checkedIn: 1, checkedOut: 1 });
  });
});
