import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticeView, ReadingStatus } from '../../cloudfunctions/shared/notices/notice';
import type { MemberRecord } from '../../cloudfunctions/src/platform/directory';
import { allRows } from '../../cloudfunctions/src/platform/query';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addMember } from '../support/fixtures/org';
import { freshUnit, publishTo, record, recordId } from '../support/fixtures/notices';
import { PERSONAS } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  // One instance: what a warm instance keeps (the notice it read) is part of what is measured here.
  harness = await startFunctionHarness({ seed: true, poolSize: 1 });
});
afterAll(() => harness?.close());

const BASE = new Date('2026-11-26T02:00:00.000Z');
const at = (seconds: number) => harness.stack.setClock(new Date(BASE.getTime() + seconds * 1000));

async function readingOf(openid: string, noticeId: string) {
  const result = await harness.call<NoticeView>('notices', 'get', { noticeId }, openid);
  if (!result.ok) throw new Error(result.message);
  return result.data.reading;
}

async function setting(count = 1) {
  const unit = await freshUnit(harness);
  const members: MemberRecord[] = [];
  for (let n = 0; n < count; n += 1) members.push(await addMember(harness.stack.db, unit._id, `读者${n}`));
  const notice = await publishTo(harness, [unit._id]);
  return { unit, members, notice };
}

describe('recordReading', () => {
  it('keeps the furthest progress and adds active time, capped at the time since the last record', async () => {
    const { members, notice } = await setting();
    const reader = members[0].openid;
    try {
      at(0);
      expect(await record(harness, reader, notice._id, 0.3, 40)).toMatchObject({ ok: true });
      expect(await readingOf(reader, notice._id)).toMatchObject({ progress: 0.3, activeSeconds: 0 });
      at(20);
      await record(harness, reader, notice._id, 0.5, 15);
      at(40);
      await record(harness, reader, notice._id, 0.2, 15);
      expect(await readingOf(reader, notice._id)).toMatchObject({ progress: 0.5, activeSeconds: 30 });
      at(60);
      // Claims ten minutes twenty seconds after the last record: only the twenty (less what the calls took) count.
      await record(harness, reader, notice._id, 0.6, 600);
      const capped = await readingOf(reader, notice._id);
      expect(capped?.progress).toBe(0.6);
      expect(capped?.activeSeconds).toBeGreaterThanOrEqual(48);
      expect(capped?.activeSeconds).toBeLessThanOrEqual(50);
    } finally {
      harness.stack.setClock(null);
    }
  });

  it('counts a record sent again (the same id) once, also when the retries arrive together', async () => {
    const { members, notice } = await setting();
    const reader = members[0].openid;
    try {
      at(0);
      const opening = recordId();
      const firsts = await Promise.all(
        Array.from({ length: 6 }, () => record(harness, reader, notice._id, 0.1, 0, opening)),
      );
      expect(firsts.every((answer) => answer.ok)).toBe(true);
      at(30);
      const again = recordId();
      const retries = await Promise.all(
        Array.from({ length: 6 }, () => record(harness, reader, notice._id, 0.4, 15, again)),
      );
      expect(retries.every((answer) => answer.ok)).toBe(true);
      expect(await readingOf(reader, notice._id)).toMatchObject({ progress: 0.4, activeSeconds: 15 });
      // The same record once more, much later: still nothing added.
      at(120);
      await record(harness, reader, notice._id, 0.4, 15, again);
      expect(await readingOf(reader, notice._id)).toMatchObject({ activeSeconds: 15 });
      harness.stack.setClock(null);
      const receipts = await allRows<{ _id: string }>(
        harness.stack.db.collection('notice_receipts').where({ noticeId: notice._id }),
      );
      expect(receipts).toHaveLength(1);
    } finally {
      harness.stack.setClock(null);
    }
  });

  it('refuses someone the notice is not sent to, and someone without a unit', async () => {
    const { notice } = await setting();
    expect(await record(harness, PERSONAS.unrelatedAdmin, notice._id, 0.5)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await record(harness, PERSONAS.visitor, notice._id, 0.5)).toMatchObject({
      ok: false,
      code: 'NOT_A_MEMBER',
    });
    expect(
      await harness.call(
        'notices',
        'recordReading',
        { noticeId: notice._id, progress: 1.5, activeSeconds: 0, recordId: recordId() },
        PERSONAS.member,
      ),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});

describe('confirmRead', () => {
  it('is refused before the end, allowed after it, and idempotent', async () => {
    const { members, notice } = await setting();
    const reader = members[0].openid;
    expect(await harness.call('notices', 'confirmRead', { noticeId: notice._id }, reader)).toMatchObject({
      ok: false,
      code: 'NOT_READ_TO_END',
      message: '请先读完全文，再确认“已学习”',
    });
    await record(harness, reader, notice._id, 0.9);
    expect(await harness.call('notices', 'confirmRead', { noticeId: notice._id }, reader)).toMatchObject({
      ok: false,
      code: 'NOT_READ_TO_END',
    });
    await record(harness, reader, notice._id, 1);
    const confirms = await Promise.all(
      Array.from({ length: 5 }, () =>
        harness.call('notices', 'confirmRead', { noticeId: notice._id }, reader),
      ),
    );
    expect(confirms.every((answer) => answer.ok)).toBe(true);
    const times = new Set(
      confirms.map((answer) => (answer.ok ? (answer.data as { confirmedAt: string }).confirmedAt : '')),
    );
    expect(times.size).toBe(1);
    expect(await readingOf(reader, notice._id)).toMatchObject({
      confirmed: true,
      finished: true,
      progress: 1,
    });
  });
});

describe('counters', () => {
  it('equal a recount of the receipts after a whole unit reads at once', async () => {
    const { unit, members, notice } = await setting(30);
    await Promise.all(members.map((member) => record(harness, member.openid, notice._id, 0.2)));
    await Promise.all(members.slice(0, 20).map((member) => record(harness, member.openid, notice._id, 1)));
    // Retries of the finishing record, and confirmations arriving together.
    await Promise.all(members.slice(0, 20).map((member) => record(harness, member.openid, notice._id, 1)));
    await Promise.all(
      members
        .slice(0, 12)
        .flatMap((member) =>
          [1, 2].map(() => harness.call('notices', 'confirmRead', { noticeId: notice._id }, member.openid)),
        ),
    );

    const receipts = await allRows<{ unitId: string; finished: boolean; confirmed: boolean }>(
      harness.stack.db.collection('notice_receipts').where({ noticeId: notice._id }),
    );
    const recount = {
      opened: receipts.length,
      finished: receipts.filter((receipt) => receipt.finished).length,
      confirmed: receipts.filter((receipt) => receipt.confirmed).length,
    };
    expect(recount).toEqual({ opened: 30, finished: 20, confirmed: 12 });

    const shards = await allRows<{ key: string; values: Record<string, number> }>(
      harness.stack.db.collection('counters').where({ noticeId: notice._id }),
    );
    const summed = { opened: 0, finished: 0, confirmed: 0 };
    for (const shard of shards)
      for (const field of ['opened', 'finished', 'confirmed'] as const)
        summed[field] += shard.values[field] ?? 0;
    expect(summed).toEqual(recount);
    expect(new Set(shards.map((shard) => shard.key))).toEqual(
      new Set([`notice:${notice._id}:unit:${unit._id}`]),
    );

    const status = await harness.call<ReadingStatus>(
      'notices',
      'readingStatus',
      { noticeId: notice._id, unitId: unit._id },
      PERSONAS.unitAdmin,
    );
    expect(status.ok && status.data.totals).toEqual({ expected: 30, ...recount });
  });
});

describe('cost in database requests', () => {
  it('opens a notice in at most 2 and records progress in 1', async () => {
    const { members, notice } = await setting();
    const reader = members[0].openid;
    try {
      at(0);
      // The first open of this notice in this instance reads it; after that it is kept.
      await harness.call('notices', 'get', { noticeId: notice._id }, reader);
      const opening = await harness.requestsDuring(() =>
        harness.call('notices', 'get', { noticeId: notice._id }, reader),
      );
      expect(opening.result).toMatchObject({ ok: true });
      expect(opening.requests).toBeLessThanOrEqual(2);

      await record(harness, reader, notice._id, 0.1);
      at(16);
      const progress = await harness.requestsDuring(() => record(harness, reader, notice._id, 0.3, 15));
      expect(progress.result).toMatchObject({ ok: true });
      expect(progress.requests).toBe(1);
      expect(await readingOf(reader, notice._id)).toMatchObject({ progress: 0.3, activeSeconds: 15 });
    } finally {
      harness.stack.setClock(null);
    }
  });

  it('answers readingStatus in the same number of requests for 1 reader and for 60', async () => {
    const costOf = async (count: number) => {
      const { unit, members, notice } = await setting(count);
      await Promise.all(members.map((member) => record(harness, member.openid, notice._id, 1)));
      const status = () =>
        harness.call(
          'notices',
          'readingStatus',
          { noticeId: notice._id, unitId: unit._id },
          PERSONAS.unitAdmin,
        );
      await status();
      return (await harness.requestsDuring(status)).requests;
    };
    const one = await costOf(1);
    const many = await costOf(60);
    expect(many).toBe(one);
    expect(one).toBeLessThanOrEqual(10);
  });
});
