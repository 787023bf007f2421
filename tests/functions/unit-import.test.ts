import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
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

  it('reads a CSV that Excel on Chinese Windows saved in GBK, with child rows that leave the kind out', async () => {
    // 名称,类型,上级,编码 / 即墨分校工会,,SZ-JY-02, — encoded in GBK, as Excel saves "CSV (逗号分隔)".
    const gbk = Buffer.from(
      'c3fbb3c62cc0e0d0cd2cc9cfbcb62cb1e0c2eb0d0abcb4c4abb7d6d0a3b9a4bbe12c2c535a2d4a592d30322c0d0a',
      'hex',
    );
    const preview = await importAs('单位.csv', gbk, true);
    expect(preview).toMatchObject({
      ok: true,
      data: { units: [{ name: '即墨分校工会', kind: 'municipal_union', parentName: '青岛第二中学工会' }] },
    });
  });

  it('reads only the cells that exist, whatever range a workbook declares', async () => {
    const declared = await withSheetXml(
      await xlsx([
        ['名称', '类型', '上级', '编码'],
        ['宣教部新媒体组', '', 'JG-XJB', ''],
      ]),
      (sheet) =>
        sheet.includes('<dimension')
          ? sheet.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
          : sheet.replace('<sheetData', '<dimension ref="A1:XFD1048576"/><sheetData'),
    );
    expect(await importAs('declared.xlsx', declared, true)).toMatchObject({
      ok: true,
      data: { units: [{ name: '宣教部新媒体组' }] },
    });

    const farCell = await withSheetXml(await xlsx([['名称', '类型', '上级', '编码']]), (sheet) =>
      sheet.replace(
        '</sheetData>',
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row></sheetData>',
      ),
    );
    expect(await importAs('far.xlsx', farCell, true)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('最多 2000 行'),
    });
  });

  it('refuses a small file that inflates to hundreds of megabytes, before it takes the memory', async () => {
    const bomb = zipBomb(300);
    expect(bomb.length).toBeLessThan(1_000_000);
    const before = process.memoryUsage().rss;
    expect(await importAs('bomb.xlsx', bomb, true)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('文件过大'),
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('asks for .xlsx or CSV instead of an old .xls file', async () => {
    expect(await importAs('old.xls', Buffer.from('d0cf11e0a1b11ae1', 'hex'), true)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('另存为 .xlsx 或 CSV'),
    });
  });
});

/** Rewrites the first worksheet's XML inside an .xlsx. */
async function withSheetXml(workbook: Buffer, change: (xml: string) => string): Promise<Buffer> {
  const files = unzipSync(workbook);
  const name = Object.keys(files).find((file) => file.startsWith('xl/worksheets/') && file.endsWith('.xml'))!;
  files[name] = strToU8(change(strFromU8(files[name])));
  return Buffer.from(zipSync(files));
}

/** An .xlsx whose worksheet inflates to `megabytes` MB of blanks, built in slices so the test stays small. */
function zipBomb(megabytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of [
    ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['xl/workbook.xml', '<workbook><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>'],
  ]) {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    file.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  const blanks = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i += 1) sheet.push(blanks, i === megabytes - 1);
  zip.end();
  return Buffer.concat(chunks);
}
