import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UnitImportResult } from '../../cloudfunctions/shared/contract';
import type { Unit } from '../../cloudfunctions/shared/org/unit';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const importAs = (fileName: string, content: Buffer, dryRun = false) =>
  harness.call<UnitImportResult>(
    'org',
    'importUnits',
    { fileName, contentBase64: content.toString('base64'), dryRun },
    PERSONAS.federationAdmin,
  );
const unitCount = async () =>
  ((await harness.stack.db.collection('units').count()) as { total: number }).total;

/** An .xlsx written by another library than ours (shared strings, as Excel writes them). */
async function xlsx(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('单位').addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('org.importUnits', () => {
  it('imports a good CSV (UTF-8 with BOM, as Excel saves it), and the subtree query sees the new units', async () => {
    const csv = Buffer.from(
      '\uFEFF名称,类型,上级,编码\r\n崂山分校工会,市直工会,SZ-JY-02,\r\n分校教师组,市直工会,崂山分校工会,\r\n',
    );
    const before = await unitCount();
    const dry = await importAs('units.csv', csv, true);
    expect(dry).toMatchObject({ ok: true, data: { dryRun: true, created: 0 } });
    expect(await unitCount()).toBe(before);

    const result = await importAs('units.csv', csv);
    expect(result).toMatchObject({ ok: true, data: { created: 2 } });
    expect(await unitCount()).toBe(before + 2);
    const tree = await harness.call<Unit[]>('org', 'unitTree', {}, PERSONAS.member);
    if (!tree.ok) throw new Error(tree.message);
    const group = tree.data.find((unit) => unit.name === '分校教师组')!;
    expect(group.path.slice(0, 4)).toEqual([
      'unit-root',
      'unit-municipal',
      'unit-education',
      'unit-school-2',
    ]);
  });

  it('imports a good Excel file', async () => {
    const result = await importAs(
      'units.xlsx',
      await xlsx([
        ['名称', '类型', '上级', '编码'],
        ['工人文化宫培训部', '直属事业单位', 'ZS-WHG', 'ZS-WHG-PX'],
      ]),
    );
    expect(result).toMatchObject({ ok: true, data: { created: 1 } });
  });

  it('rejects a file with bad rows, listing each row and reason, and writes nothing', async () => {
    const before = await unitCount();
    const result = await importAs(
      'bad.xlsx',
      await xlsx([
        ['名称', '类型', '上级', '编码'],
        ['正常单位', '市直工会', 'SZ-JY', ''],
        ['错误类型', '区工会', 'SZ-JY', ''],
        ['无上级', '市直工会', '', ''],
      ]),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'IMPORT_INVALID',
      message: '导入文件有 2 处错误，未写入任何数据',
      details: [
        { row: 3, message: expect.stringContaining('区工会') },
        { row: 4, message: '请填写上级单位（名称或编码）' },
      ],
    });
    expect(await unitCount()).toBe(before);
  });

  it('rejects a file that is not a spreadsheet with a clear message', async () => {
    const result = await importAs('units.xlsx', Buffer.from('this is not a zip'));
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('无法读取文件'),
    });
    const wrongType = await harness.call(
      'org',
      'importUnits',
      { fileName: 'units.pdf', contentBase64: 'AAAA' },
      PERSONAS.federationAdmin,
    );
    expect(wrongType).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('.csv'),
    });
  });
});
