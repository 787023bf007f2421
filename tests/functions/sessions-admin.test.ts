import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../cloudfunctions/shared/contract';
import type { AuditEntryView } from '../../cloudfunctions/shared/audit';
import type { SessionChangeResult } from '../../cloudfunctions/shared/sessions/contract';
import type { LeaveView, SessionView } from '../../cloudfunctions/shared/sessions/session';
import type { AttendanceSheet, DisplayState, SheetEntry } from '../../cloudfunctions/shared/sessions/sheet';
import { dumpDatabase } from '../support/database-dump';
import { addMember } from '../support/fixtures/org';
import { addSession, codeOf } from '../support/fixtures/sessions';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

const MINUTE = 60_000;
let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());
afterEach(() => harness.stack.setClock(null));

const db = () => harness.stack.db;
async function ok<T>(promise: Promise<{ ok: true; data: T } | { ok: false; code: string; message: string }>) {
  const result = await promise;
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data;
}
const admin = <T>(action: string, payload: object, openid: string = PERSONAS.unitAdmin) =>
  ok(harness.call<T>('sessions', action, payload, openid));
const sheet = (sessionId: string, list = 'present', extra: object = {}) =>
  admin<AttendanceSheet>('attendance', { sessionId, list, ...extra });
const inHours = (hours: number) => new Date(Date.now() + hours * 60 * MINUTE).toISOString();
const newSession = (overrides: object = {}) =>
  admin<SessionView>('create', {
    unitId: TARGET_UNIT,
    title: '学习贯彻座谈会精神专题学习会',
    kind: 'meeting',
    startAt: inHours(2),
    endAt: inHours(3.5),
    place: '二中行政楼三楼会议室',
    ...overrides,
  });

describe('creating and changing sessions', () => {
  it('creates a session for a unit in the admin’s subtree, refusing bad times with field messages', async () => {
    const created = await newSession({ noticeId: 'notice-qingdao-reform-study', requireCheckOut: true });
    expect(created).toMatchObject({ unitName: '青岛第二中学工会', status: 'scheduled', phase: 'not_open' });
    expect(JSON.stringify(created)).not.toContain('secret');

    const backwards = await harness.call(
      'sessions',
      'create',
      {
        unitId: TARGET_UNIT,
        title: '倒着的时间',
        kind: 'meeting',
        startAt: inHours(3),
        endAt: inHours(2),
        place: '会议室',
      },
      PERSONAS.unitAdmin,
    );
    expect(backwards).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      details: [{ path: 'endAt', message: '结束时间应晚于开始时间' }],
    });
    const past = await harness.call(
      'sessions',
      'create',
      {
        unitId: TARGET_UNIT,
        title: '过去的活动',
        kind: 'meeting',
        startAt: inHours(-3),
        endAt: inHours(-2),
        place: '会议室',
      },
      PERSONAS.unitAdmin,
    );
    expect(past).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '结束时间已过，请选择以后的时间',
    });
    const noNotice = await harness.call(
      'sessions',
      'create',
      {
        unitId: TARGET_UNIT,
        title: '关联错误',
        kind: 'meeting',
        startAt: inHours(1),
        endAt: inHours(2),
        place: '会议室',
        noticeId: 'notice-missing',
      },
      PERSONAS.unitAdmin,
    );
    expect(noNotice).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '关联的通知不存在或已被删除',
    });
    const wrongShift = await harness.call(
      'sessions',
      'create',
      {
        unitId: 'unit-school-58',
        title: '另一个班次',
        kind: 'meeting',
        startAt: inHours(1),
        endAt: inHours(2),
        place: '会议室',
        sameActivityAs: created._id,
      },
      PERSONAS.parentAdmin,
    );
    expect(wrongShift).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('同一单位'),
    });
  });

  it('tells expected attendees of a new time and of a cancellation, and lists who could not be reached', async () => {
    const created = await newSession({ title: '变更通知测试' });
    const subscriber = await addMember(db(), TARGET_UNIT, '钱订阅');
    await ok(
      harness.call('account', 'acceptNotifications', { topics: ['sessionChange'] }, subscriber.openid),
    );
    const before = (await harness.stack.outbox()).length;
    const [startAt, endAt] = [inHours(4), inHours(5)];

    const renamed = await admin<SessionChangeResult>('update', {
      sessionId: created._id,
      title: '变更通知测试',
      kind: 'meeting',
      startAt,
      endAt,
      place: '二中行政楼三楼会议室',
    });
    expect(renamed.notified?.sent).toBe(1);
    expect(renamed.notified?.unreachable.map((person) => person.reason)).toContain('not_subscribed');
    const sent = (await harness.stack.outbox()).slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].payload).toMatchObject({
      touser: subscriber.openid,
      page: `pages/session/index?id=${created._id}`,
      data: { thing1: { value: '变更通知测试' }, thing4: { value: expect.stringContaining('开始') } },
    });

    const titleOnly = await admin<SessionChangeResult>('update', {
      sessionId: created._id,
      title: '变更通知测试（改名）',
      kind: 'meeting',
      startAt,
      endAt,
      place: '二中行政楼三楼会议室',
    });
    expect(titleOnly.notified).toBeNull();

    await ok(
      harness.call('account', 'acceptNotifications', { topics: ['sessionChange'] }, subscriber.openid),
    );
    const cancelled = await admin<SessionChangeResult>('cancel', {
      sessionId: created._id,
      reason: '与全市会议冲突',
    });
    expect(cancelled.session.status).toBe('cancelled');
    expect(cancelled.notified?.sent).toBe(1);
    const again = await admin<SessionChangeResult>('cancel', { sessionId: created._id });
    expect(again.notified).toBeNull();
    expect(
      await harness.call(
        'sessions',
        'checkIn',
        { sessionId: created._id, code: '123456' },
        subscriber.openid,
      ),
    ).toMatchObject({
      ok: false,
      code: 'SESSION_CANCELLED',
    });
  });
});

describe('the leader’s display', () => {
  it('shows the current code and count to the session’s admins only, never the secret', async () => {
    const running = await addSession(db(), TARGET_UNIT);
    const { result, requests } = await harness.requestsDuring(() =>
      harness.call<DisplayState>('sessions', 'display', { sessionId: running._id }, PERSONAS.unitAdmin),
    );
    expect(requests).toBeLessThanOrEqual(2);
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({
      code: codeOf(running),
      payload: `QDGH-SIGN:${running._id}:in:${codeOf(running)}`,
      stepSeconds: 30,
      checkedIn: 0,
      expected: expect.any(Number),
    });
    expect(result.data.secondsLeft).toBeGreaterThan(0);
    expect(result.data.secondsLeft).toBeLessThanOrEqual(30);

    for (const persona of ['member', 'unrelatedAdmin', 'visitor'] as const) {
      const refused = await harness.call(
        'sessions',
        'display',
        { sessionId: running._id },
        PERSONAS[persona],
      );
      expect(refused.ok).toBe(false);
    }
    for (const action of ['get', 'listMine']) {
      const seen = await harness.call('sessions', action, { sessionId: running._id }, PERSONAS.member);
      const text = JSON.stringify(seen);
      expect(text).not.toContain(running.secret);
      expect(text).not.toContain(codeOf(running));
    }
    const asAdmin = JSON.stringify(
      await harness.call('sessions', 'get', { sessionId: running._id }, PERSONAS.unitAdmin),
    );
    expect(asAdmin).not.toContain(running.secret);
  });

  it('makes the permanent mini-program code once', async () => {
    const running = await addSession(db(), TARGET_UNIT);
    const first = await admin<{ imageUrl: string; path: string }>('entryCode', { sessionId: running._id });
    expect(first.path).toBe(`pages/session/index?scene=${running._id}`);
    const stored = (await db().collection('sessions').doc(running._id).get()) as unknown as {
      data: { entryCodeFileId: string };
    };
    expect(stored.data.entryCodeFileId).toMatch(/session-codes/);
    await admin('entryCode', { sessionId: running._id });
    const after = (await db().collection('sessions').doc(running._id).get()) as unknown as {
      data: { entryCodeFileId: string };
    };
    expect(after.data.entryCodeFileId).toBe(stored.data.entryCodeFileId);
  });
});

describe('leave, 补签 and the live sheet', () => {
  it('lets a member ask for leave and the admin decide; approved leave counts as leave, not absence', async () => {
    const running = await addSession(db(), TARGET_UNIT, { startAt: new Date(Date.now() + 20 * MINUTE) });
    const asking = await addMember(db(), TARGET_UNIT, '冯请假');
    const declined = await addMember(db(), TARGET_UNIT, '陈不准');
    const leave = await ok(
      harness.call<LeaveView>(
        'sessions',
        'requestLeave',
        { sessionId: running._id, reason: '当天参加区里的培训' },
        asking.openid,
      ),
    );
    expect(leave.status).toBe('pending');
    const other = await ok(
      harness.call<LeaveView>(
        'sessions',
        'requestLeave',
        { sessionId: running._id, reason: '临时有事' },
        declined.openid,
      ),
    );
    let current = await sheet(running._id, 'leave_requests');
    expect(current.counts).toMatchObject({ leaveRequests: 2, leave: 0 });
    expect(current.list.items.map((item) => [item.name, item.note])).toEqual([
      ['冯请假', '当天参加区里的培训'],
      ['陈不准', '临时有事'],
    ]);

    expect(
      await admin<LeaveView>('decideLeave', { leaveId: leave._id, approve: true, comment: '同意' }),
    ).toMatchObject({
      status: 'approved',
      comment: '同意',
    });
    expect(await admin<LeaveView>('decideLeave', { leaveId: other._id, approve: false })).toMatchObject({
      status: 'declined',
    });
    expect(
      await harness.call(
        'sessions',
        'decideLeave',
        { leaveId: other._id, approve: true },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'LEAVE_NOT_ALLOWED' });
    expect(
      await harness.call('sessions', 'decideLeave', { leaveId: leave._id, approve: true }, PERSONAS.member),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    current = await sheet(running._id, 'leave');
    expect(current.counts).toMatchObject({ leave: 1, leaveRequests: 0 });
    expect(current.list.items.map((item) => item.name)).toEqual(['冯请假']);
    const notYet = await sheet(running._id, 'not_yet', { limit: 20 });
    const names = notYet.list.items.map((item) => item.name);
    expect(names).toContain('陈不准');
    expect(names).not.toContain('冯请假');
    expect(notYet.counts.notYet).toBe(notYet.counts.expected - 1);

    const audit = await ok(
      harness.call<Page<AuditEntryView>>(
        'org',
        'listAudit',
        { unitId: TARGET_UNIT, limit: 20 },
        PERSONAS.unitAdmin,
      ),
    );
    expect(audit.items.map((entry) => entry.summary)).toContain('批准请假：《专题学习会（测试）》，冯请假');
  });

  it('marks a member present by hand with a reason, shown as manual and audited, once', async () => {
    const running = await addSession(db(), TARGET_UNIT);
    const phoneless = await addMember(db(), TARGET_UNIT, '褚没电');
    const entry = await admin<SheetEntry>('markPresent', {
      sessionId: running._id,
      memberId: phoneless._id,
      reason: '手机没电，现场确认到会',
    });
    expect(entry).toMatchObject({ name: '褚没电', note: '手机没电，现场确认到会' });
    expect(
      await harness.call(
        'sessions',
        'markPresent',
        { sessionId: running._id, memberId: phoneless._id, reason: '再补一次' },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'ALREADY_CHECKED_IN' });
    const manual = await sheet(running._id, 'manual');
    expect(manual.counts).toMatchObject({ manual: 1, checkedIn: 1 });
    expect(manual.list.items[0]).toMatchObject({ name: '褚没电', note: '手机没电，现场确认到会' });
    const audit = await ok(
      harness.call<Page<AuditEntryView>>(
        'org',
        'listAudit',
        { unitId: TARGET_UNIT, limit: 20 },
        PERSONAS.unitAdmin,
      ),
    );
    expect(audit.items[0]).toMatchObject({
      actionLabel: '补签',
      actorName: '董永刚',
      summary: '补签：《专题学习会（测试）》，褚没电，青岛第二中学工会',
    });
    expect(
      await harness.call(
        'sessions',
        'markPresent',
        { sessionId: running._id, memberId: 'member-hospital-2', reason: '不是本单位的人' },
        PERSONAS.parentAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'NOT_EXPECTED' });
  });

  it('pages each list 20 at a time with a cursor and keeps the refresh at two requests', async () => {
    const running = await addSession(db(), TARGET_UNIT);
    const crowd = [];
    for (let i = 0; i < 23; i += 1)
      crowd.push(await addMember(db(), TARGET_UNIT, `职工${String(i).padStart(2, '0')}`));
    for (const person of crowd) {
      await ok(
        harness.call('sessions', 'checkIn', { sessionId: running._id, code: codeOf(running) }, person.openid),
      );
    }
    const { result, requests } = await harness.requestsDuring(() =>
      harness.call<AttendanceSheet>(
        'sessions',
        'attendance',
        { sessionId: running._id, list: 'late' },
        PERSONAS.unitAdmin,
      ),
    );
    expect(requests).toBeLessThanOrEqual(2);
    if (!result.ok) throw new Error(result.message);
    expect(result.data.counts.late).toBe(23);
    expect(result.data.list.items).toHaveLength(20);
    const rest = await sheet(running._id, 'late', { cursor: result.data.list.nextCursor });
    expect(rest.list.items).toHaveLength(3);
    expect(rest.list.nextCursor).toBeNull();
    const everyone = [...result.data.list.items, ...rest.list.items].map((item) => item.memberId);
    expect(new Set(everyone).size).toBe(23);
    expect(
      await harness.call(
        'sessions',
        'attendance',
        { sessionId: running._id, list: 'late', cursor: 'garbage' },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('lists a unit’s sessions for its admins with the number checked in', async () => {
    const running = await addSession(db(), TARGET_UNIT, { title: '列表里的活动' });
    await ok(
      harness.call('sessions', 'checkIn', { sessionId: running._id, code: codeOf(running) }, PERSONAS.member),
    );
    const list = await ok(
      harness.call<{ items: { session: SessionView; checkedIn: number }[] }>(
        'sessions',
        'listForUnit',
        { unitId: 'unit-education', when: 'upcoming' },
        PERSONAS.parentAdmin,
      ),
    );
    expect(list.items.find((item) => item.session._id === running._id)?.checkedIn).toBe(1);
  });
});

describe('reminders', () => {
  it('sends a subscribed reminder 30 minutes before the start, once, by China time', async () => {
    // 09:00 in Beijing is 01:00 UTC: the timer must not read the day or hour in UTC.
    const start = Date.UTC(2026, 11, 1, 1, 0, 0);
    const upcoming = await addSession(
      db(),
      TARGET_UNIT,
      {
        title: '早上九点的学习会',
        startAt: new Date(start),
        endAt: new Date(start + 90 * MINUTE),
      },
      start - 2 * 24 * 60 * MINUTE,
    );
    const person = await addMember(db(), TARGET_UNIT, '韩提醒');
    await ok(harness.call('account', 'acceptNotifications', { topics: ['sessionReminder'] }, person.openid));
    harness.stack.setClock(new Date(start - 24 * 60 * MINUTE));
    expect(await admin('remindMe', { sessionId: upcoming._id }, person.openid)).toEqual({
      remindAt: '2026-12-01T00:30:00.000Z',
    });
    const sentTo = async () =>
      (await harness.stack.outbox()).filter(
        (message) => (message.payload as { touser?: string }).touser === person.openid,
      );

    harness.stack.setClock(new Date(start - 31 * MINUTE));
    await harness.stack.fireTimer('sessions', 'remind');
    expect(await sentTo()).toHaveLength(0);

    harness.stack.setClock(new Date(start - 30 * MINUTE));
    expect(await harness.stack.fireTimer('sessions', 'remind')).toMatchObject({
      ok: true,
      data: { sent: 1 },
    });
    await harness.stack.fireTimer('sessions', 'remind');
    const messages = await sentTo();
    expect(messages).toHaveLength(1);
    expect(messages[0].payload).toMatchObject({
      page: `pages/session/index?id=${upcoming._id}`,
      data: { thing1: { value: '早上九点的学习会' }, thing4: { value: '09:00开始，请准时参加' } },
    });
  });

  it('refuses the timer action from a person', async () => {
    expect(await harness.call('sessions', 'remind', {}, PERSONAS.federationAdmin)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('account deletion', () => {
  it('erases leave reasons and 补签 reasons written about the person', async () => {
    const running = await addSession(db(), TARGET_UNIT, { startAt: new Date(Date.now() + 20 * MINUTE) });
    const other = await addSession(db(), TARGET_UNIT);
    const person = await addMember(db(), TARGET_UNIT, '卫注销');
    await ok(
      harness.call(
        'sessions',
        'requestLeave',
        { sessionId: running._id, reason: '孩子发烧住院需要照顾' },
        person.openid,
      ),
    );
    await admin('markPresent', {
      sessionId: other._id,
      memberId: person._id,
      reason: '由于腿伤行动不便线下确认',
    });
    await ok(harness.call('account', 'deleteAccount', { confirm: '确认注销' }, person.openid));
    const stored = await dumpDatabase(db());
    for (const trace of ['卫注销', '孩子发烧住院需要照顾', '由于腿伤行动不便线下确认'])
      expect(stored).not.toContain(trace);
  });
});
