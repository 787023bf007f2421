import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoticePreview } from '../../cloudfunctions/shared/notices/contract';
import type {
  ManagedNotice,
  NoticeSummary,
  NoticeView,
  ReadingStatus,
} from '../../cloudfunctions/shared/notices/notice';
import type { CursorPage } from '../../cloudfunctions/shared/platform/schema';
import { allRows } from '../../cloudfunctions/src/platform/query';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addMember } from '../support/fixtures/org';
import { freshUnit, noticeText, publishTo, record } from '../support/fixtures/notices';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const SEED_NOTICE = 'notice-qingdao-reform-study';
const SEED_TITLE = '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知';

async function data<T>(answer: Promise<unknown>): Promise<T> {
  const result = (await answer) as { ok: boolean; data?: T; code?: string; message?: string };
  if (!result.ok) throw new Error(`${result.code} ${result.message}`);
  return result.data as T;
}

const listAs = (openid: string, cursor?: string, limit?: number) =>
  data<CursorPage<NoticeSummary>>(harness.call('notices', 'list', { cursor, limit }, openid));

describe('list and get', () => {
  it('lists the seed notice for a demo worker, with their own state, and opens it structured', async () => {
    const page = await listAs(PERSONAS.member);
    const seed = page.items.find((notice) => notice._id === SEED_NOTICE);
    expect(seed).toMatchObject({
      title: SEED_TITLE,
      issuer: '青岛市总工会',
      reportDeadline: '2026-12-11',
      reading: null,
    });
    const notice = await data<NoticeView>(
      harness.call('notices', 'get', { noticeId: SEED_NOTICE }, PERSONAS.member),
    );
    expect(notice.addressed).toBe(true);
    expect(notice.document.sections).toHaveLength(3);
    expect(notice.document.sections[2].heading).toMatch(/^加强组织领导/);
    // Someone who already confirmed in the demo data.
    const confirmed = await data<NoticeView>(
      harness.call('notices', 'get', { noticeId: SEED_NOTICE }, 'demo-openid-school-2-3'),
    );
    expect(confirmed.reading).toMatchObject({ confirmed: true, finished: true, progress: 1 });
  });

  it('lists only what is sent to the caller’s unit, newest first, page by page', async () => {
    const unit = await freshUnit(harness);
    const reader = await addMember(harness.stack.db, unit._id, '分页读者');
    const published: string[] = [];
    for (let n = 0; n < 3; n += 1) published.push((await publishTo(harness, [unit._id]))._id);
    const elsewhere = await publishTo(harness, ['unit-hospital']);

    const first = await listAs(reader.openid, undefined, 2);
    expect(first.items.map((notice) => notice._id)).toEqual([published[2], published[1]]);
    const second = await listAs(reader.openid, first.nextCursor!, 2);
    expect(second.items.map((notice) => notice._id)).toEqual([published[0], SEED_NOTICE]);
    expect(second.nextCursor).toBeNull();

    expect((await listAs(PERSONAS.member)).items.map((notice) => notice._id)).not.toContain(published[0]);
    expect(await harness.call('notices', 'get', { noticeId: elsewhere._id }, reader.openid)).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await harness.call('notices', 'list', {}, PERSONAS.visitor)).toMatchObject({
      ok: false,
      code: 'NOT_A_MEMBER',
    });
  });

  it('lets an admin open what they follow up on, without a receipt of their own', async () => {
    const unit = await freshUnit(harness);
    const notice = await publishTo(harness, [unit._id]);
    const seen = await data<NoticeView>(
      harness.call('notices', 'get', { noticeId: notice._id }, PERSONAS.parentAdmin),
    );
    expect(seen).toMatchObject({ addressed: false, reading: null });
    expect(
      await harness.call('notices', 'get', { noticeId: notice._id }, PERSONAS.unrelatedAdmin),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});

describe('publishing', () => {
  it('shows the parsed notice and its problems by line before publishing', async () => {
    const preview = await data<NoticePreview>(
      harness.call('notices', 'preview', { text: noticeText('关于预览的通知') }, PERSONAS.federationAdmin),
    );
    expect(preview).toMatchObject({
      problems: [],
      contentRejected: false,
      document: { title: '关于预览的通知' },
    });
    expect(preview.document.sections.map((section) => section.heading)).toEqual([
      '认真组织学习',
      '抓好贯彻落实',
    ]);
    const broken = await data<NoticePreview>(
      harness.call(
        'notices',
        'preview',
        { text: '关于预览的通知\n各单位：\n\n一、第一部分\n正文内容。\n三、第三部分\n正文内容。' },
        PERSONAS.federationAdmin,
      ),
    );
    expect(broken.problems).toEqual([{ line: 6, message: '章节编号不连续：这里应为“二、”，实际是“三、”' }]);
  });

  it('refuses malformed text with its line, and publishes nothing', async () => {
    const before = (await allRows(harness.stack.db.collection('notices'))).length;
    const text = noticeText().replace('二、抓好贯彻落实', '四、抓好贯彻落实');
    expect(
      await harness.call(
        'notices',
        'publish',
        { text, issuer: '青岛市总工会', targetUnitIds: [TARGET_UNIT] },
        PERSONAS.federationAdmin,
      ),
    ).toMatchObject({
      ok: false,
      code: 'NOTICE_INVALID',
      message: '第 11 行：章节编号不连续：这里应为“二、”，实际是“四、”',
      details: [{ line: 11 }],
    });
    expect((await allRows(harness.stack.db.collection('notices'))).length).toBe(before);
  });

  it('refuses a deadline in the past, an unknown unit and wording the content check rejects', async () => {
    const publish = (changes: object) =>
      harness.call(
        'notices',
        'publish',
        { text: noticeText(), issuer: '青岛市总工会', targetUnitIds: [TARGET_UNIT], ...changes },
        PERSONAS.federationAdmin,
      );
    expect(await publish({ reportDeadline: '2020-01-01' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '报送截止日期不能早于今天',
    });
    expect(await publish({ reportDeadline: '2026-02-30' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    expect(await publish({ targetUnitIds: ['unit-nowhere'] })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await publish({ targetUnitIds: [] })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await publish({ text: `${noticeText()}\n违禁词测试。` })).toMatchObject({
      ok: false,
      code: 'CONTENT_REJECTED',
    });
  });

  it('publishes once for a double tap, to whole subtrees, and records it in the audit log', async () => {
    const unit = await freshUnit(harness);
    const text = noticeText('关于重复提交测试的通知');
    const input = {
      text,
      issuer: '青岛市总工会',
      targetUnitIds: [TARGET_UNIT, unit._id],
      reportDeadline: '2099-12-31',
    };
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        data<ManagedNotice>(harness.call('notices', 'publish', input, PERSONAS.federationAdmin)),
      ),
    );
    expect(new Set(answers.map((answer) => answer._id)).size).toBe(1);
    // The new unit lies inside 青岛第二中学工会: the notice goes to that subtree once.
    expect(answers[0]).toMatchObject({
      targetNames: ['青岛第二中学工会'],
      archived: false,
      reportDeadline: '2099-12-31',
    });
    const stored = await allRows<{ _id: string }>(
      harness.stack.db.collection('notices').where({ title: '关于重复提交测试的通知' }),
    );
    expect(stored).toHaveLength(1);
    const audit = await data<{ items: { summary: string }[] }>(
      harness.call('org', 'listAudit', { unitId: 'unit-root' }, PERSONAS.federationAdmin),
    );
    expect(
      audit.items.filter((entry) => entry.summary === '发布通知：《关于重复提交测试的通知》，1 个单位'),
    ).toHaveLength(1);
    const reader = await addMember(harness.stack.db, unit._id, '下级读者');
    expect((await listAs(reader.openid)).items.map((notice) => notice._id)).toContain(answers[0]._id);
  });
});

describe('archive', () => {
  it('takes a notice out of the lists and keeps its receipts', async () => {
    const unit = await freshUnit(harness);
    const reader = await addMember(harness.stack.db, unit._id, '归档读者');
    const notice = await publishTo(harness, [unit._id]);
    await record(harness, reader.openid, notice._id, 1);
    await data(harness.call('notices', 'confirmRead', { noticeId: notice._id }, reader.openid));

    expect(
      await harness.call('notices', 'archive', { noticeId: notice._id }, PERSONAS.unitAdmin),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const archived = await data<ManagedNotice>(
      harness.call('notices', 'archive', { noticeId: notice._id }, PERSONAS.federationAdmin),
    );
    expect(archived.archived).toBe(true);
    expect(
      await harness.call('notices', 'archive', { noticeId: notice._id }, PERSONAS.federationAdmin),
    ).toMatchObject({
      ok: true,
      data: { archived: true },
    });

    expect((await listAs(reader.openid)).items.map((item) => item._id)).not.toContain(notice._id);
    const managed = await data<CursorPage<ManagedNotice>>(
      harness.call('notices', 'listForUnit', { unitId: unit._id }, PERSONAS.unitAdmin),
    );
    expect(managed.items.map((item) => item._id)).not.toContain(notice._id);
    const status = await data<ReadingStatus>(
      harness.call(
        'notices',
        'readingStatus',
        { noticeId: notice._id, unitId: unit._id },
        PERSONAS.unitAdmin,
      ),
    );
    expect(status.totals).toEqual({ expected: 1, opened: 1, finished: 1, confirmed: 1 });
    expect(await harness.call('notices', 'get', { noticeId: notice._id }, reader.openid)).toMatchObject({
      ok: true,
      data: { reading: { confirmed: true } },
    });
    expect(
      await harness.call(
        'notices',
        'remindUnread',
        { noticeId: notice._id, unitId: unit._id },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'NOTICE_ARCHIVED' });
  });
});

describe('account deletion', () => {
  it('erases the reader’s openid from their receipts and keeps them counted', async () => {
    const unit = await freshUnit(harness);
    const reader = await addMember(harness.stack.db, unit._id, '注销读者');
    const notice = await publishTo(harness, [unit._id]);
    await record(harness, reader.openid, notice._id, 0.5);
    expect(
      await harness.call('account', 'deleteAccount', { confirm: '确认注销' }, reader.openid),
    ).toMatchObject({
      ok: true,
    });
    const receipts = await allRows<Record<string, unknown>>(
      harness.stack.db.collection('notice_receipts').where({ noticeId: notice._id }),
    );
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).not.toHaveProperty('readerOpenid');
    expect(JSON.stringify(receipts)).not.toContain(reader.openid);
    const status = await data<ReadingStatus>(
      harness.call(
        'notices',
        'readingStatus',
        { noticeId: notice._id, unitId: unit._id },
        PERSONAS.unitAdmin,
      ),
    );
    expect(status.totals).toMatchObject({ opened: 1 });
  });
});
