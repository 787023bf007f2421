import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../cloudfunctions/shared/org/unit';
import type {
  ExportedFile,
  FederationTable,
  SessionSheet,
  Thresholds,
  UnitSummary,
} from '../../cloudfunctions/shared/stats/views';
import { readFirstSheet } from '../../cloudfunctions/src/platform/spreadsheet/read-sheet';
import type { SessionRecord } from '../../cloudfunctions/src/functions/sessions/records';
import type { MemberRecord } from '../../cloudfunctions/src/platform/directory';
import { publishTo, record } from '../support/fixtures/notices';
import { addMember } from '../support/fixtures/org';
import { must, submitNew } from '../support/fixtures/reflections';
import { addSession } from '../support/fixtures/sessions';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

// Thursday 2026-11-26, 12:00 in Beijing.
const NOW = new Date('2026-11-26T04:00:00Z').getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let harness: FunctionHarness;
const db = () => harness.stack.db;

/**
 * The functions and the backend live at NOW; the admin SDK in this process signs with the real time, so
 * records written straight to the database are written with the clock let go for a moment.
 */
let directDepth = 0;
async function direct<T>(work: () => Promise<T>): Promise<T> {
  directDepth += 1;
  harness.stack.setClock(null);
  try {
    return await work();
  } finally {
    directDepth -= 1;
    if (directDepth === 0) harness.stack.setClock(new Date(NOW));
  }
}
const stats = <T>(action: string, payload: unknown, openid: string = PERSONAS.unitAdmin) =>
  harness.call<T>('stats', action, payload, openid);

// 测试工会 T ─┬─ T1（3 人，通知 N 的发送对象）
//  （1 人）   └─ T2（2 人）
let T: Unit;
let T1: Unit;
let T2: Unit;
let a0: MemberRecord;
let b: MemberRecord[];
let c: MemberRecord[];
let noticeId: string;
let meeting: SessionRecord;
let lesson: SessionRecord;

async function attend(
  session: SessionRecord,
  member: MemberRecord,
  status = 'present',
  at = session.startAt,
) {
  await direct(async () => {
    await db()
      .collection('session_attendance')
      .add({
        data: {
          _id: `${session.activityId}:${member._id}`,
          activityId: session.activityId,
          sessionId: session._id,
          memberId: member._id,
          unitId: member.unitId,
          status,
          checkedInAt: at,
          checkedOutAt: null,
          distanceMeters: null,
          manualReason: status === 'manual' ? '现场确认' : null,
          markedByMemberId: null,
        },
      });
  });
}

beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
  harness.stack.setClock(new Date(NOW));
  const createUnit = (parentId: string, name: string) =>
    must(harness.call<Unit>('org', 'createUnit', { parentId, name }, PERSONAS.unitAdmin));
  T = await createUnit(TARGET_UNIT, '统计测试工会');
  T1 = await createUnit(T._id, '统计一分会');
  T2 = await createUnit(T._id, '统计二分会');
  a0 = await direct(() => addMember(db(), T._id, '甲'));
  b = await direct(() => Promise.all(['乙一', '乙二', '乙三'].map((name) => addMember(db(), T1._id, name))));
  c = await direct(() => Promise.all(['丙一', '丙二'].map((name) => addMember(db(), T2._id, name))));

  // Reading of N (sent to T1 only): 乙一 confirms, 乙二 reads to the end, 乙三 opens it.
  noticeId = (await publishTo(harness, [T1._id]))._id;
  await must(record(harness, b[0].openid, noticeId, 1) as never);
  await must(harness.call('notices', 'confirmRead', { noticeId }, b[0].openid));
  await must(record(harness, b[1].openid, noticeId, 1) as never);
  await must(record(harness, b[2].openid, noticeId, 0.3) as never);

  // Sessions: a meeting of T (3 of 6 came, 丙二 on leave), a class of T1 (2 of 3), one to come, one cancelled.
  await direct(async () => {
    meeting = await addSession(
      db(),
      T._id,
      { startAt: new Date(NOW - 2 * DAY), endAt: new Date(NOW - 2 * DAY + 2 * HOUR) },
      NOW,
    );
    lesson = await addSession(
      db(),
      T1._id,
      { kind: 'class', startAt: new Date(NOW - 9 * DAY), endAt: new Date(NOW - 9 * DAY + HOUR) },
      NOW,
    );
    await addSession(db(), T2._id, { startAt: new Date(NOW + DAY), endAt: new Date(NOW + DAY + HOUR) }, NOW);
    await addSession(
      db(),
      T._id,
      { status: 'cancelled', startAt: new Date(NOW - DAY), endAt: new Date(NOW - DAY + HOUR) },
      NOW,
    );
    await attend(meeting, a0);
    await attend(meeting, b[0], 'late', new Date(meeting.startAt.getTime() + 10 * 60_000));
    await attend(meeting, c[0], 'manual');
    await attend(lesson, b[0]);
    await attend(lesson, b[1]);
    await db()
      .collection('session_leaves')
      .add({
        data: {
          _id: `${meeting.activityId}:${c[1]._id}`,
          activityId: meeting.activityId,
          sessionId: meeting._id,
          memberId: c[1]._id,
          unitId: c[1].unitId,
          unitPath: meeting.unitPath,
          reason: '外出培训',
          status: 'approved',
          requestedAt: new Date(NOW - 3 * DAY),
          decidedAt: new Date(NOW - 3 * DAY),
          decidedByMemberId: null,
          comment: null,
        },
      });
  });

  // Reflections: 乙一 submitted; 乙二 published; 丙一 published and featured.
  await submitNew(harness, b[0].openid);
  const second = (await submitNew(harness, b[1].openid)).reflection;
  const third = (await submitNew(harness, c[0].openid)).reflection;
  for (const reflection of [second, third])
    await must(
      harness.call(
        'reflections',
        'review',
        { reflectionId: reflection._id, decision: 'publish' },
        PERSONAS.unitAdmin,
      ),
    );
  await must(harness.call('reflections', 'feature', { reflectionId: third._id }, PERSONAS.federationAdmin));
});
afterAll(() => harness?.close());

describe('a unit summary rolls its sub-units up', () => {
  it('matches the figures worked out by hand', async () => {
    const summary = await must(stats<UnitSummary>('unitSummary', { unitId: T._id }));
    expect(summary.members).toBe(6);
    const reading = summary.notices.find((notice) => notice.noticeId === noticeId);
    expect(reading).toMatchObject({ expected: 3, opened: 3, finished: 2, confirmed: 1 });
    expect(reading?.confirmedRate).toBeCloseTo(1 / 3, 6);
    expect(summary.sessions).toMatchObject({ held: 2, attended: 5, expected: 9 });
    expect(summary.sessions.byKind).toMatchObject({ meeting: 1, class: 1, lecture: 0 });
    expect(summary.sessions.rate).toBeCloseTo(5 / 9, 6);
    expect(summary.reflections).toEqual({ submitted: 3, published: 2, featured: 1 });
    // No report written yet on the newest notice (N).
    expect(summary.report).toEqual({ status: 'missing', label: '未提交' });
    const byName = Object.fromEntries(summary.children.map((child) => [child.unitName, child]));
    expect(byName['统计一分会']).toMatchObject({ members: 3 });
    expect(byName['统计一分会'].attendanceRate).toBeCloseTo(2 / 3, 6);
    expect(byName['统计二分会'].attendanceRate).toBeNull();
  });

  it('draws the weekly trend in China weeks', async () => {
    const summary = await must(stats<UnitSummary>('unitSummary', { unitId: T._id }));
    expect(summary.trend).toHaveLength(8);
    expect(summary.trend.map((week) => week.week).slice(-2)).toEqual(['2026-11-16', '2026-11-23']);
    const [previous, current] = summary.trend.slice(-2);
    // The class (Tue 17th) was last week; the meeting (Tue 24th) this week.
    expect(previous).toMatchObject({ sessionsHeld: 1 });
    expect(previous.attendanceRate).toBeCloseTo(2 / 3, 6);
    expect(current).toMatchObject({ sessionsHeld: 1, confirmed: 1, reflections: 3 });
    expect(current.attendanceRate).toBeCloseTo(3 / 6, 6);
  });

  it('shows the unit’s report status on the newest notice, read from the reports collection', async () => {
    await direct(async () => {
      await db()
        .collection('reports')
        .add({
          data: {
            _id: `${noticeId}:${T._id}`,
            noticeId,
            unitId: T._id,
            unitPath: T.path,
            status: 'submitted',
            late: true,
          },
        });
    });
    const summary = await must(stats<UnitSummary>('unitSummary', { unitId: T._id }));
    expect(summary.report).toEqual({ status: 'submitted', label: '已提交（逾期）' });
  });

  it('is one admin scope: a sub-unit sees itself only', async () => {
    const summary = await must(stats<UnitSummary>('unitSummary', { unitId: T1._id }));
    expect(summary.members).toBe(3);
    expect(summary.sessions).toMatchObject({ held: 1, attended: 2, expected: 3 });
    expect(summary.reflections).toEqual({ submitted: 2, published: 1, featured: 0 });
  });

  it('ignores figures sent by the client', async () => {
    const sent = await stats('unitSummary', { unitId: T._id, members: 999, rate: 1 });
    expect(sent).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const table = await stats('federationTable', { rows: [] }, PERSONAS.federationAdmin);
    expect(table).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('costs the same number of requests with more check-ins and receipts', async () => {
    const before = await harness.requestsDuring(() => stats('unitSummary', { unitId: T._id }));
    const crowd = await direct(() =>
      Promise.all(Array.from({ length: 30 }, (_, i) => addMember(db(), T1._id, `众${i}`))),
    );
    for (const member of crowd) {
      await attend(meeting, member);
      await must(record(harness, member.openid, noticeId, 1) as never);
    }
    const after = await harness.requestsDuring(() => stats('unitSummary', { unitId: T._id }));
    expect(after.requests).toBe(before.requests);
    expect(after.requests).toBeLessThanOrEqual(11);
  });
});

describe('the session sheet', () => {
  it('lists everyone expected with a status, and the totals', async () => {
    const sheet = await must(stats<SessionSheet>('sessionSheet', { sessionId: meeting._id }));
    expect(sheet.session).toMatchObject({ title: meeting.title, unitName: '统计测试工会', ended: true });
    expect(sheet.totals.expected).toBeGreaterThanOrEqual(6);
    expect(sheet.totals).toMatchObject({ late: 1, manual: 1, leave: 1 });
    const byName = Object.fromEntries(sheet.items.map((row) => [row.name, row]));
    expect(byName['甲'].status).toBe('present');
    expect(byName['乙一'].status).toBe('late');
    expect(byName['丙一'].status).toBe('manual');
    expect(byName['丙二'].status).toBe('leave');
    expect(byName['乙二'].status).toBe('absent');
    expect(byName['乙一'].checkedInAt).toBe(new Date(meeting.startAt.getTime() + 10 * 60_000).toISOString());
    expect(sheet.items.length).toBeLessThanOrEqual(20);
    const came = sheet.totals.present + sheet.totals.late + sheet.totals.manual;
    expect(sheet.totals.absent).toBe(sheet.totals.expected - came - sheet.totals.leave);
    expect(sheet.totals.rate).toBeCloseTo(came / sheet.totals.expected, 6);
  });

  it('pages 20 at a time and costs the same whatever the crowd', async () => {
    const first = await must(stats<SessionSheet>('sessionSheet', { sessionId: meeting._id, limit: 20 }));
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await must(
      stats<SessionSheet>('sessionSheet', { sessionId: meeting._id, cursor: first.nextCursor }),
    );
    const seen = new Set([...first.items, ...second.items].map((row) => row.memberId));
    expect(seen.size).toBe(first.items.length + second.items.length);
    const { requests } = await harness.requestsDuring(() =>
      stats('sessionSheet', { sessionId: meeting._id }),
    );
    expect(requests).toBeLessThanOrEqual(9);
  });

  it('exports a printable 签到台账 that reads back as shown', async () => {
    const file = await must(stats<ExportedFile>('exportSessionSheet', { sessionId: meeting._id }));
    expect(file.fileName).toBe('统计测试工会签到台账_2026-11-24.xlsx');
    const response = await fetch(encodeURI(file.url));
    const bytes = Buffer.from(await response.arrayBuffer());
    const rows = readFirstSheet(bytes, { maxRows: 500, maxColumns: 20, maxUncompressedBytes: 5_000_000 });
    expect(rows[0][0]).toContain('统计测试工会 签到台账');
    expect(rows[0][0]).toContain('地点：工会会议室');
    expect(rows[1]).toEqual(['序号', '姓名', '单位', '到会', '状态', '签到时间', '签退时间']);
    const sheet = await must(stats<SessionSheet>('sessionSheet', { sessionId: meeting._id }));
    const body = rows.slice(2, -1);
    expect(body).toHaveLength(sheet.totals.expected);
    const late = body.find((row) => row[1] === '乙一');
    expect(late?.slice(2, 6)).toEqual(['统计一分会', '✓（迟到）', '迟到', '12:10']);
    expect(body.find((row) => row[1] === '丙二')?.[3]).toBe('假');
    expect(rows[rows.length - 1][1]).toContain(`应到 ${sheet.totals.expected} 人`);
    const audit = await direct(
      async () =>
        (await db().collection('audit_log').where({ action: 'stats.export_sheet' }).get()) as unknown as {
          data: unknown[];
        },
    );
    expect(audit.data).toHaveLength(1);
  });
});

describe('the federation table', () => {
  it('rolls every unit up the tree and highlights units below the thresholds', async () => {
    const set = await must(
      stats<Thresholds>(
        'setThresholds',
        { confirmedRate: 50, attendanceRate: 50, reflectionRate: 5 },
        PERSONAS.federationAdmin,
      ),
    );
    expect(set).toEqual({ confirmedRate: 50, attendanceRate: 50, reflectionRate: 5 });
    const table = await must(
      stats<FederationTable>('federationTable', { noticeId }, PERSONAS.federationAdmin),
    );
    expect(table.thresholds).toEqual(set);
    const row = (unit: Unit) => table.rows.find((candidate) => candidate.unitId === unit._id);
    expect(row(T1)).toMatchObject({ members: 33, sessionsHeld: 1 });
    expect(row(T1)?.reading).toMatchObject({ expected: 33, opened: 33, confirmed: 1 });
    // T1's class: 2 of its 33 members came.
    expect(row(T1)?.lagging).toEqual(['confirmedRate', 'attendanceRate']);
    expect(row(T2)?.lagging).toEqual([]);
    // T's meeting now has 33 of 36 (T1 grew by 30 who came), the class 2 of 33.
    expect(row(T)?.attendanceRate).toBeCloseTo((3 + 30 + 2) / (36 + 33), 6);
    expect(row(T)?.lagging).toEqual(['confirmedRate']);
    const school = table.rows.find((candidate) => candidate.unitId === TARGET_UNIT);
    expect(school?.members).toBeGreaterThanOrEqual(36 + 1);
    // Parents come before their sub-units.
    const order = table.rows.map((candidate) => candidate.unitId);
    expect(order.indexOf(T._id)).toBeLessThan(order.indexOf(T1._id));
  });

  it('costs ceil(units / 100) + 5 requests at most', async () => {
    const { total } = await direct(
      async () => (await db().collection('units').count()) as unknown as { total: number },
    );
    const { requests } = await harness.requestsDuring(() =>
      stats('federationTable', {}, PERSONAS.federationAdmin),
    );
    expect(requests).toBeLessThanOrEqual(Math.ceil(total / 100) + 5);
  });

  it('refuses thresholds out of range or figures a client adds', async () => {
    const tooHigh = await stats(
      'setThresholds',
      { confirmedRate: 101, attendanceRate: 60, reflectionRate: 10 },
      PERSONAS.federationAdmin,
    );
    expect(tooHigh).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const extra = await stats(
      'setThresholds',
      { confirmedRate: 50, attendanceRate: 60, reflectionRate: 10, lagging: [] },
      PERSONAS.federationAdmin,
    );
    expect(extra).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('exports the whole table to a workbook that reads back as the table', async () => {
    const table = await must(
      stats<FederationTable>('federationTable', { noticeId }, PERSONAS.federationAdmin),
    );
    const file = await must(
      stats<ExportedFile>('exportFederationTable', { noticeId }, PERSONAS.federationAdmin),
    );
    expect(file.rows).toBe(table.rows.length);
    const bytes = Buffer.from(await (await fetch(encodeURI(file.url))).arrayBuffer());
    const rows = readFirstSheet(bytes, { maxRows: 2000, maxColumns: 20, maxUncompressedBytes: 20_000_000 });
    expect(rows[0][0]).toContain('已学习率低于 50%');
    expect(rows).toHaveLength(table.rows.length + 2);
    const line = rows.find((cells) => cells[0].trim() === '统计一分会');
    expect(line?.slice(1, 7)).toEqual(['33', '33', '33', '32', '1', '3%']);
    expect(line?.[13]).toBe('落后：已学习率、到会率');
  });
});
