import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadingStatus, ReminderOutcome } from '../../cloudfunctions/shared/notices/notice';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addMember } from '../support/fixtures/org';
import { freshUnit, publishTo, record, subscribe } from '../support/fixtures/notices';
import { PARENT_UNIT, PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const SEED_NOTICE = 'notice-qingdao-reform-study';

async function status(
  noticeId: string,
  unitId: string,
  openid: string = PERSONAS.unitAdmin,
  cursor?: string,
) {
  const result = await harness.call<ReadingStatus>(
    'notices',
    'readingStatus',
    { noticeId, unitId, cursor },
    openid,
  );
  if (!result.ok) throw new Error(`${result.code} ${result.message}`);
  return result.data;
}

describe('readingStatus', () => {
  it('gives the seed notice’s figures for 青岛第二中学工会 and who has not confirmed', async () => {
    const seen = await status(SEED_NOTICE, TARGET_UNIT);
    expect(seen.unit).toEqual({ unitId: TARGET_UNIT, unitName: '青岛第二中学工会' });
    expect(seen.totals).toEqual({ expected: 8, opened: 4, finished: 2, confirmed: 2 });
    expect(seen.notYet.items).toHaveLength(6);
    expect(seen.notYet.items.map((reader) => reader.memberId)).toEqual(
      [1, 2, 4, 5, 7, 8].map((n) => `member-school-2-${n}`),
    );
    expect(
      seen.notYet.items.find((reader) => reader.memberId === 'member-school-2-4')?.progress,
    ).toBeGreaterThan(0);
    expect(seen.notYet.items.every((reader) => reader.unitName === '青岛第二中学工会')).toBe(true);
    expect(seen.reminder).toEqual({ allowed: true, nextAllowedAt: null, today: null });
  });

  it('breaks a parent unit down by direct child, its own members in a row of their own', async () => {
    const seen = await status(SEED_NOTICE, PARENT_UNIT, PERSONAS.parentAdmin);
    expect(seen.units.map((row) => [row.unitName, row.own, row.expected, row.confirmed])).toEqual([
      ['市教育系统工会（本级）', true, 4, 1],
      ['青岛第二中学工会', false, 8, 2],
      ['青岛第五十八中学工会', false, 6, 2],
    ]);
    expect(seen.totals.expected).toBe(18);
  });

  it('pages the not-yet list with a cursor, every person once', async () => {
    const unit = await freshUnit(harness);
    for (let n = 0; n < 25; n += 1) await addMember(harness.stack.db, unit._id, `未读${n}`);
    const notice = await publishTo(harness, [unit._id]);
    const first = await status(notice._id, unit._id);
    expect(first.notYet.items).toHaveLength(20);
    expect(first.notYet.nextCursor).not.toBeNull();
    const second = await status(notice._id, unit._id, PERSONAS.unitAdmin, first.notYet.nextCursor!);
    expect(second.notYet.items).toHaveLength(5);
    expect(second.notYet.nextCursor).toBeNull();
    const ids = [...first.notYet.items, ...second.notYet.items].map((reader) => reader.memberId);
    expect(new Set(ids).size).toBe(25);
    expect(
      await harness.call(
        'notices',
        'readingStatus',
        { noticeId: notice._id, unitId: unit._id, cursor: 'nonsense' },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: '分页位置无效，请刷新后重试' });
  });

  it('keeps each admin to their own subtree and members out', async () => {
    const call = (openid: string, unitId = TARGET_UNIT) =>
      harness.call('notices', 'readingStatus', { noticeId: SEED_NOTICE, unitId }, openid);
    expect(await call(PERSONAS.unrelatedAdmin)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await call(PERSONAS.unitAdmin, PARENT_UNIT)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await call(PERSONAS.member)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(PERSONAS.visitor)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // A notice sent elsewhere is not there for this unit's admin, even with the right unit.
    const elsewhere = await publishTo(harness, ['unit-hospital']);
    expect(
      await harness.call(
        'notices',
        'readingStatus',
        { noticeId: elsewhere._id, unitId: TARGET_UNIT },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('remindUnread', () => {
  it('messages who has not confirmed, names who could not be reached, and allows it once per China-time day', async () => {
    const unit = await freshUnit(harness);
    const reached = await addMember(harness.stack.db, unit._id, '订阅者');
    const silent = await addMember(harness.stack.db, unit._id, '未订阅者');
    const done = await addMember(harness.stack.db, unit._id, '已学习者');
    await subscribe(harness, reached.openid, 1);
    await subscribe(harness, done.openid, 3);
    const notice = await publishTo(harness, [unit._id], { reportDeadline: '2026-12-11' });
    await record(harness, done.openid, notice._id, 1);
    expect(await harness.call('notices', 'confirmRead', { noticeId: notice._id }, done.openid)).toMatchObject(
      { ok: true },
    );

    const remind = () =>
      harness.call<ReminderOutcome>(
        'notices',
        'remindUnread',
        { noticeId: notice._id, unitId: unit._id },
        PERSONAS.unitAdmin,
      );
    try {
      // 23:58 on 26 November in Qingdao, 15:58 UTC.
      harness.stack.setClock(new Date('2026-11-26T15:58:00.000Z'));
      const outbox = (await harness.stack.outbox()).length;
      const first = await remind();
      expect(first).toMatchObject({
        ok: true,
        data: {
          sent: 1,
          unreachable: [{ memberId: silent._id, name: '未订阅者', reason: 'not_subscribed' }],
          nextAllowedAt: '2026-11-26T16:00:00.000Z',
        },
      });
      const sent = (await harness.stack.outbox()).slice(outbox);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({
        apiName: 'subscribeMessage.send',
        payload: { touser: reached.openid, page: `pages/notice/index?id=${notice._id}` },
      });

      // 23:59:59 the same China day: refused, with when it is next allowed.
      harness.stack.setClock(new Date('2026-11-26T15:59:59.000Z'));
      expect(await remind()).toMatchObject({
        ok: false,
        code: 'RATE_LIMITED',
        message: expect.stringContaining('11月27日 00:00'),
        details: { retryAt: '2026-11-26T16:00:00.000Z' },
      });
      const limited = await status(notice._id, unit._id);
      expect(limited.reminder).toMatchObject({
        allowed: false,
        nextAllowedAt: '2026-11-26T16:00:00.000Z',
        today: {
          sent: 1,
          unreachableCount: 1,
          unreachable: [{ name: '未订阅者', reason: 'not_subscribed' }],
        },
      });

      // 00:00:01 on 27 November in Qingdao (still 26 November in UTC): a new day.
      harness.stack.setClock(new Date('2026-11-26T16:00:01.000Z'));
      expect(await remind()).toMatchObject({
        ok: true,
        data: { sent: 0, unreachable: [{ reason: 'not_subscribed' }, { reason: 'not_subscribed' }] },
      });

      // Midnight UTC is 08:00 in Qingdao: the same China day as the last reminder.
      harness.stack.setClock(new Date('2026-11-27T00:00:30.000Z'));
      expect(await remind()).toMatchObject({
        ok: false,
        code: 'RATE_LIMITED',
        details: { retryAt: '2026-11-27T16:00:00.000Z' },
      });
      // Another unit's reminder (the parent's subtree) is its own.
      expect(
        await harness.call(
          'notices',
          'remindUnread',
          { noticeId: notice._id, unitId: TARGET_UNIT },
          PERSONAS.unitAdmin,
        ),
      ).toMatchObject({ ok: true });
    } finally {
      harness.stack.setClock(null);
    }
  });

  it('is for admins of the subtree only', async () => {
    const call = (openid: string) =>
      harness.call('notices', 'remindUnread', { noticeId: SEED_NOTICE, unitId: 'unit-school-58' }, openid);
    expect(await call(PERSONAS.member)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await call(PERSONAS.unitAdmin)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
    expect(await call(PERSONAS.unrelatedAdmin)).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' });
  });
});
