import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../cloudfunctions/shared/org/unit';
import { chinaDate } from '../../cloudfunctions/shared/platform/china-time';
import type {
  ExportResult,
  MyReflectionSummary,
  SubmissionStatusPage,
} from '../../cloudfunctions/shared/reflections/reflection';
import { addMember } from '../support/fixtures/org';
import { must, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
let unit: Unit;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
  unit = await must(
    harness.call<Unit>(
      'org',
      'createUnit',
      { parentId: TARGET_UNIT, name: '高三年级组' },
      PERSONAS.unitAdmin,
    ),
  );
});
afterAll(() => harness?.close());

const call = <T>(action: string, payload: unknown, openid: string) =>
  harness.call<T>('reflections', action, payload, openid);
const DAY = 24 * 3_600_000;

async function readWorkbook(url: string): Promise<string[][]> {
  const response = await fetch(encodeURI(url));
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((value) => (value === null || value === undefined ? '' : String(value))),
    );
  });
  return rows;
}

describe('export of a unit’s reflections', () => {
  it('writes the period’s reflections to a workbook that reads back as stored', async () => {
    const writers = await Promise.all(
      ['甲导出', '乙导出', '丙导出'].map((name) => addMember(harness.stack.db, unit._id, name)),
    );
    const texts = writers.map(() => `=HYPERLINK("x")${originalText(70)}`);
    const submitted = [];
    for (const [index, writer] of writers.entries()) {
      submitted.push(await submitNew(harness, writer.openid, texts[index], { title: `标题${index + 1}` }));
    }
    await must(
      call('review', { reflectionId: submitted[0].reflection._id, decision: 'publish' }, PERSONAS.unitAdmin),
    );
    await must(
      call(
        'saveDraft',
        { draftKey: 'draft-not-exported', noticeId: SEED_NOTICE, text: '草稿不导出' },
        writers[1].openid,
      ),
    );

    const today = chinaDate(new Date());
    const result = await must(
      call<ExportResult>('export', { unitId: unit._id, from: today, to: today }, PERSONAS.unitAdmin),
    );
    expect(result).toMatchObject({ count: 3, fileName: `高三年级组心得体会_${today}_${today}.xlsx` });
    const rows = await readWorkbook(result.url);
    expect(rows[0][0]).toBe(`高三年级组 心得体会（${today} 至 ${today}，共 3 篇）`);
    expect(rows[1]).toEqual([
      '序号',
      '姓名',
      '工号',
      '单位',
      '通知',
      '标题',
      '心得内容',
      '字数',
      '状态',
      '提交时间',
      '审核时间',
      '内容安全',
      '雷同检查',
    ]);
    const body = rows.slice(2);
    expect(body).toHaveLength(3);
    expect(body.map((row) => [row[0], row[1], row[3], row[5], row[7], row[8], row[11], row[12]])).toEqual([
      ['1', '甲导出', '高三年级组', '标题1', '85', '已发布', '通过', '未见雷同'],
      ['2', '乙导出', '高三年级组', '标题2', '85', '待审核', '通过', '未见雷同'],
      ['3', '丙导出', '高三年级组', '标题3', '85', '待审核', '通过', '未见雷同'],
    ]);
    // Typed text that looks like a formula stays text.
    expect(body.map((row) => row[6])).toEqual(texts.map((text) => `'${text}`));
    expect(body[0][4]).toContain('群团改革工作座谈会精神');
  });

  it('leaves out another period and refuses a period the wrong way round or over a year', async () => {
    const yesterday = chinaDate(Date.now() - DAY);
    const earlier = await must(
      call<ExportResult>(
        'export',
        { unitId: unit._id, from: '2026-01-01', to: yesterday },
        PERSONAS.unitAdmin,
      ),
    );
    expect(earlier.count).toBe(0);
    expect(
      await call('export', { unitId: unit._id, from: '2026-11-02', to: '2026-11-01' }, PERSONAS.unitAdmin),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('开始日期不能晚于结束日期'),
    });
    expect(
      await call('export', { unitId: unit._id, from: '2025-01-01', to: '2026-06-30' }, PERSONAS.unitAdmin),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('一年'),
    });
    expect(
      await call('export', { unitId: unit._id, from: '2026-02-30', to: '2026-03-01' }, PERSONAS.unitAdmin),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('日期不存在'),
    });
  });

  it('is for the unit’s admins only', async () => {
    const today = chinaDate(new Date());
    expect(
      await call('export', { unitId: unit._id, from: today, to: today }, PERSONAS.unrelatedAdmin),
    ).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
    });
    expect(await call('export', { unitId: unit._id, from: today, to: today }, PERSONAS.member)).toMatchObject(
      {
        ok: false,
        code: 'FORBIDDEN',
      },
    );
  });
});

describe('who has handed in by the deadline (绿/黄/红)', () => {
  it('lights members on time, late and missing, with the unit’s figures', async () => {
    const group = await must(
      harness.call<Unit>(
        'org',
        'createUnit',
        { parentId: TARGET_UNIT, name: '高二年级组' },
        PERSONAS.unitAdmin,
      ),
    );
    const [onTime, late, missing] = await Promise.all(
      ['按时交', '迟交', '未交'].map((name) => addMember(harness.stack.db, group._id, name)),
    );
    const today = chinaDate(new Date());
    await must(call('setDeadline', { noticeId: SEED_NOTICE, deadline: today }, PERSONAS.federationAdmin));
    await submitNew(harness, onTime.openid);
    // Handed in the day after the deadline (the functions live a day later from here on).
    harness.stack.setClock(new Date(Date.now() + DAY));
    try {
      await submitNew(harness, late.openid, originalText());
      const status = await must(
        call<SubmissionStatusPage>(
          'submissionStatus',
          { noticeId: SEED_NOTICE, unitId: group._id },
          PERSONAS.unitAdmin,
        ),
      );
      expect(status).toMatchObject({
        deadline: today,
        summary: { members: 3, handedIn: 2, late: 1, missing: 1 },
        nextCursor: null,
      });
      const lights = Object.fromEntries(status.items.map((row) => [row.name, row.light]));
      expect(lights).toEqual({ 按时交: 'green', 迟交: 'yellow', 未交: 'red' });
      expect(status.items.find((row) => row.name === '未交')).toMatchObject({
        submittedAt: null,
        memberId: missing._id,
      });
    } finally {
      harness.stack.setClock(null);
    }
    // Withdrawn, nothing is handed in any more.
    const { reflection } = await submitNew(harness, missing.openid);
    await must(call('withdraw', { reflectionId: reflection._id }, missing.openid));
    const after = await must(
      call<SubmissionStatusPage>(
        'submissionStatus',
        { noticeId: SEED_NOTICE, unitId: group._id },
        PERSONAS.unitAdmin,
      ),
    );
    expect(after.summary).toMatchObject({ handedIn: 2, missing: 1 });
    expect(
      await call('setDeadline', { noticeId: SEED_NOTICE, deadline: null }, PERSONAS.unitAdmin),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('the member’s own figures', () => {
  it('counts this year’s handed-in, published and featured reflections of the caller only', async () => {
    const writer = await addMember(harness.stack.db, TARGET_UNIT, '马档案');
    expect(await must(call<MyReflectionSummary>('mySummary', {}, writer.openid))).toEqual({
      year: Number(chinaDate(new Date()).slice(0, 4)),
      handedIn: 0,
      published: 0,
      featured: 0,
    });
    const first = await submitNew(harness, writer.openid);
    await submitNew(harness, writer.openid);
    await must(
      call('saveDraft', { draftKey: 'only-a-draft-1', noticeId: SEED_NOTICE, text: '草稿' }, writer.openid),
    );
    await must(
      call('review', { reflectionId: first.reflection._id, decision: 'publish' }, PERSONAS.unitAdmin),
    );
    await must(call('feature', { reflectionId: first.reflection._id }, PERSONAS.federationAdmin));
    expect(await must(call<MyReflectionSummary>('mySummary', {}, writer.openid))).toMatchObject({
      handedIn: 2,
      published: 1,
      featured: 1,
    });
  });
});
