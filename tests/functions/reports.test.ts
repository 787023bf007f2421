import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type {
  DigestResult,
  ReportReminderOutcome,
  ReportStatusBoard,
} from '../../cloudfunctions/shared/reports/report';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addMember } from '../support/fixtures/org';
import { publishTo, record } from '../support/fixtures/notices';
import { addAttendance, addSession } from '../support/fixtures/sessions';
import { REPORT_TEXT, reportCall, reportingUnit } from '../support/fixtures/reports';
import { PERSONAS } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());
afterEach(() => harness.stack.setClock(null));

const DEADLINE = '2026-12-11';
// 23:59:59 on 11 December in Qingdao, and the next China day's first second.
const LAST_SECOND = new Date('2026-12-11T15:59:59.000Z');
const FIRST_LATE_SECOND = new Date('2026-12-11T16:00:00.000Z');

async function board(noticeId: string) {
  const result = await harness.call<ReportStatusBoard>(
    'reports',
    'status',
    { noticeId },
    PERSONAS.federationAdmin,
  );
  if (!result.ok) throw new Error(`${result.code} ${result.message}`);
  return result.data;
}

describe('a unit’s report: draft → submitted → returned → submitted', () => {
  it('follows the state machine, refuses every other move, and keeps the first submission’s standing', async () => {
    const { unit, admin } = await reportingUnit(harness);
    const notice = await publishTo(harness, [unit._id], { reportDeadline: DEADLINE });
    const key = { noticeId: notice._id, unitId: unit._id };
    // Written before the clock is pinned: the test's own SDK signs with the real time.
    await harness.stack.db
      .collection('subscriptions')
      .doc(`reportReminder:${admin}`)
      .set({ data: { openid: admin, topic: 'reportReminder', remaining: 1 } });

    const empty = await reportCall(harness, 'get', key, admin);
    expect(empty).toMatchObject({ status: null, canEdit: true, figuresLive: true, deadline: DEADLINE });
    expect(empty.lateFrom).toBe(FIRST_LATE_SECOND.toISOString());

    const draft = await reportCall(
      harness,
      'save',
      { ...key, measures: '先写一点', highlights: '', problems: '' },
      admin,
    );
    expect(draft).toMatchObject({ status: 'draft', measures: '先写一点', submittedAt: null });
    // The federation cannot return a draft.
    expect(
      await harness.call(
        'reports',
        'returnForRevision',
        { reportId: draft._id, comment: '请修改' },
        PERSONAS.federationAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'REPORT_STATE' });

    harness.stack.setClock(LAST_SECOND);
    const submitted = await reportCall(harness, 'submit', { ...key, ...REPORT_TEXT }, admin);
    expect(submitted).toMatchObject({ status: 'submitted', late: false, canEdit: false, figuresLive: false });
    // The pinned clock runs on from the second it was set to.
    expect(submitted.submittedAt).toMatch(/^2026-12-11T15:59:59/);
    expect(await harness.call('reports', 'save', { ...key, ...REPORT_TEXT }, admin)).toMatchObject({
      ok: false,
      code: 'REPORT_STATE',
      message: expect.stringContaining('联系市总工会退回'),
    });
    expect(
      await harness.call('reports', 'submit', { ...key, ...REPORT_TEXT, problems: '无' }, admin),
    ).toMatchObject({ ok: false, code: 'REPORT_STATE' });

    // Only the federation returns, and only with a comment.
    expect(
      await harness.call(
        'reports',
        'returnForRevision',
        { reportId: submitted._id, comment: '请修改' },
        admin,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(
      await harness.call(
        'reports',
        'returnForRevision',
        { reportId: submitted._id, comment: ' ' },
        PERSONAS.federationAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    harness.stack.setClock(FIRST_LATE_SECOND);
    const outbox = (await harness.stack.outbox()).length;
    const returned = await reportCall(
      harness,
      'returnForRevision',
      { reportId: submitted._id, comment: '请补充青年职工参与的具体人数' },
      PERSONAS.federationAdmin,
    );
    expect(returned).toMatchObject({ status: 'returned', returnComment: '请补充青年职工参与的具体人数' });
    // The unit's admin is told by a subscribe message that opens the report.
    expect((await harness.stack.outbox()).slice(outbox)).toMatchObject([
      {
        apiName: 'subscribeMessage.send',
        payload: {
          touser: admin,
          page: `packages/admin/pages/report/index?noticeId=${notice._id}&unitId=${unit._id}`,
          data: { thing2: { value: expect.stringContaining('报告已退回') } },
        },
      },
    ]);
    expect(
      await harness.call(
        'reports',
        'returnForRevision',
        { reportId: submitted._id, comment: '再退一次' },
        PERSONAS.federationAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'REPORT_STATE' });

    // The unit admin sees the comment; saving keeps the report returned until it is submitted again.
    const seen = await reportCall(harness, 'get', key, admin);
    expect(seen).toMatchObject({ status: 'returned', canEdit: true, overdue: true, figuresLive: true });
    expect(seen.returnComment).toBe('请补充青年职工参与的具体人数');
    const revised = await reportCall(
      harness,
      'save',
      { ...key, ...REPORT_TEXT, highlights: `${REPORT_TEXT.highlights}共 36 人参加。` },
      admin,
    );
    expect(revised.status).toBe('returned');

    // Resubmitted after the deadline: still on time, the first submission was.
    const again = await reportCall(
      harness,
      'submit',
      { ...key, ...REPORT_TEXT, highlights: revised.highlights },
      admin,
    );
    expect(again).toMatchObject({ status: 'submitted', late: false, returnComment: null });
    expect(again.firstSubmittedAt).toBe(submitted.submittedAt);
    expect(again.history.map((entry) => entry.what)).toEqual(['submit', 'return', 'submit']);
    // Names come from the memberships when shown; the report keeps member ids only.
    expect(again.history.map((entry) => entry.byName)).toEqual(['测试成员', '雷丽娟', '测试成员']);
  });

  it('answers a retried submission with the stored report, writing nothing, and refuses other text', async () => {
    const { unit, admin } = await reportingUnit(harness);
    const notice = await publishTo(harness, [unit._id], { reportDeadline: DEADLINE });
    // Typed with Windows line ends and trailing spaces: what is stored is the text gate's normalised form.
    const typed = {
      noticeId: notice._id,
      unitId: unit._id,
      ...REPORT_TEXT,
      measures: `${REPORT_TEXT.measures}  \r\n组织职工集中收看辅导讲座。\u3000`,
    };
    const stored = async () => {
      const { data } = (await harness.stack.db
        .collection('reports')
        .where({ _id: `${notice._id}:${unit._id}` })
        .get()) as { data: unknown[] };
      return data;
    };
    const audited = () =>
      harness.stack.db
        .collection('audit_log')
        .where({ action: 'report.submit', 'details.title': notice.title, 'details.unitName': unit.name })
        .count() as Promise<{ total: number }>;

    const first = await reportCall(harness, 'submit', typed, admin);
    expect(first.measures).not.toBe(typed.measures);
    const afterFirst = await stored();

    // The answer was lost; the phone sends the same submission again.
    const retried = await reportCall(harness, 'submit', typed, admin);
    expect(retried).toEqual(first);
    expect(retried.history.map((entry) => entry.what)).toEqual(['submit']);
    expect(await stored()).toEqual(afterFirst);
    expect((await audited()).total).toBe(1);

    // Other text over the submitted report is a second submission: refused, nothing changes.
    expect(
      await harness.call(
        'reports',
        'submit',
        { ...typed, highlights: `${REPORT_TEXT.highlights}另有补充。` },
        admin,
      ),
    ).toMatchObject({ ok: false, code: 'REPORT_STATE', message: expect.stringContaining('报告已提交') });
    expect(await stored()).toEqual(afterFirst);
    expect((await audited()).total).toBe(1);
  });

  it('counts a first submission from 24:00 China time on the deadline day as late, and the board says 逾期 for the missing', async () => {
    const onTime = await reportingUnit(harness, '按时单位');
    const late = await reportingUnit(harness, '逾期单位');
    const silent = await reportingUnit(harness, '未交单位');
    const notice = await publishTo(harness, [onTime.unit._id, late.unit._id, silent.unit._id], {
      reportDeadline: DEADLINE,
    });
    harness.stack.setClock(LAST_SECOND);
    await reportCall(
      harness,
      'submit',
      { noticeId: notice._id, unitId: onTime.unit._id, ...REPORT_TEXT },
      onTime.admin,
    );
    const before = await board(notice._id);
    expect(before.units.map((row) => [row.unitName, row.standing])).toEqual([
      ['按时单位', 'submitted'],
      ['未交单位', 'missing'],
      ['逾期单位', 'missing'],
    ]);

    harness.stack.setClock(FIRST_LATE_SECOND);
    const lateReport = await reportCall(
      harness,
      'submit',
      { noticeId: notice._id, unitId: late.unit._id, ...REPORT_TEXT },
      late.admin,
    );
    expect(lateReport.late).toBe(true);
    const after = await board(notice._id);
    expect(after.units.map((row) => [row.unitName, row.standing, row.late])).toEqual([
      ['按时单位', 'submitted', false],
      ['未交单位', 'overdue', false],
      ['逾期单位', 'submitted', true],
    ]);
    expect(after.totals).toMatchObject({ units: 3, submitted: 2, missing: 0, overdue: 1 });
  });

  it('refuses a notice without a deadline, a unit outside it, and another unit’s admin', async () => {
    const { unit, admin } = await reportingUnit(harness);
    const other = await reportingUnit(harness);
    const noDeadline = await publishTo(harness, [unit._id]);
    expect(
      await harness.call('reports', 'get', { noticeId: noDeadline._id, unitId: unit._id }, admin),
    ).toMatchObject({ ok: false, code: 'NO_REPORT_DEADLINE' });
    const notice = await publishTo(harness, [unit._id], { reportDeadline: DEADLINE });
    expect(
      await harness.call('reports', 'get', { noticeId: notice._id, unitId: other.unit._id }, other.admin),
    ).toMatchObject({ ok: false, code: 'NOT_REPORTING_UNIT' });
    expect(
      await harness.call(
        'reports',
        'save',
        { noticeId: notice._id, unitId: unit._id, ...REPORT_TEXT },
        other.admin,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // The admin of the unit above reads it but does not write it.
    expect(
      await harness.call('reports', 'get', { noticeId: notice._id, unitId: unit._id }, PERSONAS.unitAdmin),
    ).toMatchObject({ ok: true });
    expect(
      await harness.call(
        'reports',
        'save',
        { noticeId: notice._id, unitId: unit._id, ...REPORT_TEXT },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});

describe('figures', () => {
  it('are the server’s: a payload with figures is refused, and submission recomputes and freezes them', async () => {
    const { unit, admin } = await reportingUnit(harness);
    const readers = await Promise.all(
      [1, 2, 3].map((n) => addMember(harness.stack.db, unit._id, `职工${n}`)),
    );
    const notice = await publishTo(harness, [unit._id], { reportDeadline: DEADLINE });
    const key = { noticeId: notice._id, unitId: unit._id };
    await record(harness, readers[0].openid, notice._id, 1);
    await record(harness, readers[1].openid, notice._id, 0.4);
    expect(
      await harness.call('notices', 'confirmRead', { noticeId: notice._id }, readers[0].openid),
    ).toMatchObject({ ok: true });
    const session = await addSession(harness.stack.db, unit._id, { noticeId: notice._id });
    await addAttendance(harness.stack.db, session, readers[0].openid);
    await addAttendance(harness.stack.db, session, readers[1].openid);
    // A cancelled session and one not started yet are not held.
    await addSession(harness.stack.db, unit._id, { noticeId: notice._id, status: 'cancelled' });
    await addSession(harness.stack.db, unit._id, {
      noticeId: notice._id,
      startAt: new Date(Date.now() + 86_400_000),
    });

    for (const action of ['save', 'submit']) {
      const forged = await harness.call(
        'reports',
        action,
        { ...key, ...REPORT_TEXT, figures: { members: 999, readRate: 100, confirmedRate: 100 } },
        admin,
      );
      expect(forged).toMatchObject({
        ok: false,
        code: 'INVALID_INPUT',
        message: expect.stringContaining('figures'),
      });
    }
    expect(
      await harness.call('reports', 'submit', { ...key, ...REPORT_TEXT, sessionsHeld: 50 }, admin),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });

    // Members: the three readers and the admin the fixture added.
    const expected = {
      members: 4,
      expected: 4,
      opened: 2,
      finished: 1,
      confirmed: 1,
      readRate: 50,
      confirmedRate: 25,
      sessionsHeld: 1,
      attendance: 2,
      // Each activity expects the subtree's members.
      attendanceRate: 50,
      reflections: 0,
      featuredReflections: 0,
    };
    expect((await reportCall(harness, 'get', key, admin)).figures).toMatchObject(expected);
    const submitted = await reportCall(harness, 'submit', { ...key, ...REPORT_TEXT }, admin);
    expect(submitted.figures).toMatchObject(expected);

    // Frozen on the submitted report, live again once it is returned.
    expect(
      await harness.call('notices', 'confirmRead', { noticeId: notice._id }, readers[1].openid),
    ).toMatchObject({ ok: false });
    await record(harness, readers[2].openid, notice._id, 1);
    expect((await reportCall(harness, 'get', key, PERSONAS.federationAdmin)).figures.opened).toBe(2);
    await reportCall(
      harness,
      'returnForRevision',
      { reportId: submitted._id, comment: '请补充' },
      PERSONAS.federationAdmin,
    );
    expect((await reportCall(harness, 'get', key, admin)).figures.opened).toBe(3);
  });

  it('cost a fixed number of requests, however many units and people there are', async () => {
    const { unit, admin } = await reportingUnit(harness);
    const notice = await publishTo(harness, [unit._id], { reportDeadline: DEADLINE });
    const key = { noticeId: notice._id, unitId: unit._id };
    const measure = async () => ({
      get: (await harness.requestsDuring(() => reportCall(harness, 'get', key, admin))).requests,
      board: (await harness.requestsDuring(() => board(notice._id))).requests,
    });
    const small = await measure();
    for (let n = 0; n < 30; n += 1) await addMember(harness.stack.db, unit._id, `职工${n}`);
    for (let n = 0; n < 4; n += 1) {
      const child = await harness.call<{ _id: string }>(
        'org',
        'createUnit',
        { parentId: unit._id, name: `下级${n}` },
        PERSONAS.federationAdmin,
      );
      if (!child.ok) throw new Error(child.message);
    }
    const large = await measure();
    expect(large).toEqual(small);
    expect(small.get).toBeLessThanOrEqual(12);
    expect(small.board).toBeLessThanOrEqual(8);
    console.log(`requests: get ${small.get}, status ${small.board}`);
  });
});

describe('remindMissing', () => {
  it('messages the admins of units that have not submitted, names who could not be reached, once per China day', async () => {
    const reached = await reportingUnit(harness, '已订阅单位');
    const unreached = await reportingUnit(harness, '未订阅单位');
    const done = await reportingUnit(harness, '已提交单位');
    await harness.stack.db
      .collection('subscriptions')
      .doc(`reportReminder:${reached.admin}`)
      .set({ data: { openid: reached.admin, topic: 'reportReminder', remaining: 2 } });
    const notice = await publishTo(harness, [reached.unit._id, unreached.unit._id, done.unit._id], {
      reportDeadline: DEADLINE,
    });
    await reportCall(
      harness,
      'submit',
      { noticeId: notice._id, unitId: done.unit._id, ...REPORT_TEXT },
      done.admin,
    );
    const remind = () =>
      harness.call<ReportReminderOutcome>(
        'reports',
        'remindMissing',
        { noticeId: notice._id },
        PERSONAS.federationAdmin,
      );

    harness.stack.setClock(new Date('2026-11-26T15:58:00.000Z'));
    const outbox = (await harness.stack.outbox()).length;
    expect(await remind()).toMatchObject({
      ok: true,
      data: {
        units: 2,
        sent: 1,
        unreachable: [
          { memberId: unreached.adminMemberId, unitName: '未订阅单位', reason: 'not_subscribed' },
        ],
        nextAllowedAt: '2026-11-26T16:00:00.000Z',
      },
    });
    const sent = (await harness.stack.outbox()).slice(outbox);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      apiName: 'subscribeMessage.send',
      payload: {
        touser: reached.admin,
        page: `packages/admin/pages/report/index?noticeId=${notice._id}&unitId=${reached.unit._id}`,
      },
    });

    harness.stack.setClock(new Date('2026-11-26T15:59:59.000Z'));
    expect(await remind()).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: expect.stringContaining('11月27日 00:00'),
      details: { retryAt: '2026-11-26T16:00:00.000Z' },
    });
    const limited = await board(notice._id);
    expect(limited.reminder).toMatchObject({
      allowed: false,
      today: {
        sent: 1,
        unreachableCount: 1,
        unreachable: [{ unitName: '未订阅单位', reason: 'not_subscribed' }],
      },
    });

    // A new China day (still 26 November in UTC).
    harness.stack.setClock(new Date('2026-11-26T16:00:01.000Z'));
    expect(await remind()).toMatchObject({ ok: true, data: { units: 2, sent: 1 } });
    harness.stack.setClock(new Date('2026-11-27T00:00:30.000Z'));
    expect(await remind()).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });
});

describe('digest', () => {
  async function readDocx(url: string): Promise<string> {
    const response = await fetch(encodeURI(url));
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']),
    );
    return strFromU8(files['word/document.xml']);
  }

  it('puts the figures, each unit’s highlights and the featured reflections by unit into a Word document', async () => {
    const first = await reportingUnit(harness, '汇编一单位');
    const second = await reportingUnit(harness, '汇编二单位');
    const notice = await publishTo(harness, [first.unit._id, second.unit._id], { reportDeadline: DEADLINE });
    await reportCall(
      harness,
      'submit',
      {
        noticeId: notice._id,
        unitId: first.unit._id,
        ...REPORT_TEXT,
        highlights: '开展“工会<就在>身边”&主题宣讲。',
      },
      first.admin,
    );
    const writer = await addMember(harness.stack.db, first.unit._id, '精选作者');
    await harness.stack.db.collection('reflections').add({
      data: {
        _id: `reflection-digest-${notice._id}`,
        memberId: writer._id,
        unitId: first.unit._id,
        unitPath: first.unit.path,
        noticeId: notice._id,
        title: '把娘家人做实',
        text: '学习之后，我报名做了工会联络员，把新职工的困难摸清楚。',
        status: 'featured',
        featuredAt: new Date(),
      },
    });

    const made = await harness.call<DigestResult>(
      'reports',
      'digest',
      { noticeId: notice._id },
      PERSONAS.federationAdmin,
    );
    if (!made.ok) throw new Error(made.message);
    expect(made.data).toMatchObject({ units: 2, reports: 1, reflections: 1, reflectionsCapped: false });
    expect(made.data.fileName).toMatch(/\.docx$/);
    const xml = await readDocx(made.data.url);
    for (const text of [
      '汇编一单位',
      '汇编二单位',
      '未提交',
      '把娘家人做实',
      '精选作者',
      '把新职工的困难摸清楚',
      '阅读率',
    ])
      expect(xml).toContain(text);
    // Escaped, never markup.
    expect(xml).toContain('工会&#60;就在&#62;身边”&#38;主题宣讲');
    expect(xml).not.toContain('<就在>');
    // The first unit's row: 2 members (admin and writer joined after submission: the snapshot has 1).
    expect(xml).toMatch(/汇编一单位<\/w:t>.*?已提交.*?<w:t xml:space="preserve">1<\/w:t>/);

    // A unit admin makes the digest of their own subtree, not the whole notice's.
    const own = await harness.call<DigestResult>(
      'reports',
      'digest',
      { noticeId: notice._id, unitId: second.unit._id },
      second.admin,
    );
    expect(own).toMatchObject({ ok: true, data: { units: 1, reports: 0, reflections: 0 } });
    expect(await readDocx((own as { data: DigestResult }).data.url)).not.toContain('汇编一单位');
    expect(await harness.call('reports', 'digest', { noticeId: notice._id }, second.admin)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('carries at most 200 featured reflections, the newest, and says how many there were', async () => {
    const { unit } = await reportingUnit(harness, '精选很多的单位');
    const notice = await publishTo(harness, [unit._id], { reportDeadline: DEADLINE });
    const writer = await addMember(harness.stack.db, unit._id, '多产作者');
    const featured = Array.from({ length: 205 }, (_, n) => ({
      _id: `reflection-many-${notice._id}-${n}`,
      memberId: writer._id,
      unitId: unit._id,
      unitPath: unit.path,
      noticeId: notice._id,
      title: `第${n}篇`,
      text: `精选心得正文编号${n}。`,
      status: 'featured',
      featuredAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000),
    }));
    for (let start = 0; start < featured.length; start += 100)
      await harness.stack.db.collection('reflections').add({ data: featured.slice(start, start + 100) });
    const { result, requests } = await harness.requestsDuring(() =>
      harness.call<DigestResult>('reports', 'digest', { noticeId: notice._id }, PERSONAS.federationAdmin),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({ reflections: 200, reflectionsCapped: true });
    const xml = await readDocx(result.data.url);
    expect(xml).toContain('共有 205 篇精选心得，本汇编收录最新的 200 篇');
    expect(xml).toContain('精选心得正文编号204。');
    expect(xml).not.toContain('精选心得正文编号4。');
    console.log(`requests: digest ${requests}`);
    expect(requests).toBeLessThanOrEqual(25);
  });

  it('is rate-limited per person: a stuck button does not write document after document', async () => {
    const { unit, admin } = await reportingUnit(harness, '连点单位');
    const notice = await publishTo(harness, [unit._id], { reportDeadline: DEADLINE });
    const make = () => harness.call('reports', 'digest', { noticeId: notice._id, unitId: unit._id }, admin);
    for (let n = 0; n < 10; n += 1) expect(await make()).toMatchObject({ ok: true });
    expect(await make()).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      message: expect.stringContaining('汇编'),
    });
  });
});
