import { describe, expect, it } from 'vitest';
import { demoUnits } from '../../cloudfunctions/local/seed/demo-org';
import { planUnitImport } from '../../cloudfunctions/shared/org/unit-import';

const existing = demoUnits().map(({ memberCount: _count, ...unit }) => unit);
let counter = 0;
const newId = () => `new-${(counter += 1)}`;
const HEADER = ['名称', '类型', '上级', '编码'];

describe('planUnitImport', () => {
  it('plans units under existing parents (by code or name) and under rows of the same file, in any order', () => {
    const plan = planUnitImport(
      [
        HEADER,
        ['高三年级组', '市直工会', '二中教研室', ''],
        ['二中教研室', '市直工会', 'SZ-JY-02', 'SZ-JY-02-JYS'],
        ['新闻中心', '机关部门', '宣传教育部', ''],
        [],
      ],
      existing,
      newId,
    );
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const byName = new Map(plan.units.map((unit) => [unit.name, unit]));
    const office = byName.get('二中教研室')!;
    expect(office).toMatchObject({ parentId: 'unit-school-2', kind: 'municipal_union', depth: 4 });
    expect(office.path).toEqual([
      'unit-root',
      'unit-municipal',
      'unit-education',
      'unit-school-2',
      office._id,
    ]);
    expect(byName.get('高三年级组')).toMatchObject({ parentId: office._id, depth: 5 });
    expect(byName.get('新闻中心')).toMatchObject({ parentId: 'unit-publicity', kind: 'department' });
  });

  it('reports every bad row by its spreadsheet row number with the reason, and plans nothing', () => {
    const plan = planUnitImport(
      [
        HEADER,
        ['好单位', '市直工会', 'SZ-JY', 'OK-1'],
        ['', '市直工会', 'SZ-JY', ''],
        ['类型错', '街道工会', 'SZ-JY', ''],
        ['找不到上级', '市直工会', '不存在的单位', ''],
        ['类型不符', '直属事业单位', 'SZ-JY', ''],
        ['编码重复', '市直工会', 'SZ-JY', 'OK-1'],
        ['第二中学', '市直工会', 'SZ-JY', 'SZ-JY-02'],
        ['青岛第二中学工会', '市直工会', 'SZ-JY', ''],
        ['甲', '市直工会', '乙单位', ''],
        ['乙单位', '市直工会', '丙单位', ''],
        ['丙单位', '市直工会', '乙单位', ''],
      ],
      existing,
      newId,
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    const byRow = Object.fromEntries(plan.errors.map((error) => [error.row, error.message]));
    expect(Object.keys(byRow).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byRow[3]).toContain('单位名称');
    expect(byRow[4]).toContain('类型“街道工会”无效');
    expect(byRow[5]).toContain('找不到上级单位“不存在的单位”');
    expect(byRow[6]).toContain('不一致');
    expect(byRow[7]).toContain('与第 2 行重复');
    expect(byRow[8]).toContain('已被现有单位使用');
    expect(byRow[9]).toContain('已有名为“青岛第二中学工会”');
    expect(byRow[11]).toContain('无法确定');
  });

  it('requires the header columns', () => {
    const plan = planUnitImport(
      [
        ['单位', '种类'],
        ['甲', '市直工会'],
      ],
      existing,
      newId,
    );
    expect(plan).toEqual({
      ok: false,
      errors: [{ row: 1, message: expect.stringContaining('缺少“名称”列') }],
    });
  });

  it('refuses an ambiguous parent name', () => {
    const plan = planUnitImport(
      [
        HEADER,
        ['甲单位', '市直工会', '重名', ''],
        ['重名', '市直工会', 'SZ-JY', ''],
        ['重名', '市直工会', 'SZ-WJ', ''],
      ],
      existing,
      newId,
    );
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.errors).toEqual([{ row: 2, message: expect.stringContaining('有重名') }]);
  });
});

describe('planUnitImport, continued', () => {
  it('lets child rows leave the kind out: it follows the parent', () => {
    const plan = planUnitImport(
      [
        ['名称', '上级'],
        ['高一年级组', 'SZ-JY-02'],
        ['高一一班', '高一年级组'],
      ],
      existing,
      newId,
    );
    expect(plan.ok && plan.units.map((unit) => unit.kind)).toEqual(['municipal_union', 'municipal_union']);
    const underRoot = planUnitImport([HEADER, ['新系统工会', '', '青岛市总工会', '']], existing, newId);
    expect(underRoot).toMatchObject({
      ok: false,
      errors: [{ row: 2, message: expect.stringContaining('请填写类型') }],
    });
  });

  it('plans a long chain of rows, each under the next one down the file, in linear time', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const level = 2000 - i;
      return [`链式单位${level}`, '', level === 1 ? 'SZ-JY-02' : `CHAIN-${level - 1}`, `CHAIN-${level}`];
    });
    const started = performance.now();
    const plan = planUnitImport([HEADER, ...rows], existing, newId);
    const elapsed = performance.now() - started;
    // A guard on the growth, not a speed target: the quadratic planner took about 20 s for this file.
    expect(elapsed).toBeLessThan(2_000);
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    // Five levels fit under 青岛第二中学工会 (depth 3) before the depth limit of 8; every deeper row is
    // reported by its own row number: the first with the limit, the rest with their parent's error.
    expect(plan.errors).toHaveLength(2000 - 5);
    expect(plan.errors.find((error) => error.row === 2002 - 6)?.message).toContain('单位层级最多');
  });

  it('plans a flat file of 2,000 units quickly and completely', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [`平铺单位${i}`, '', 'SZ-JY-02', '']);
    const started = performance.now();
    const plan = planUnitImport([HEADER, ...rows], existing, newId);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(plan.ok && plan.units).toHaveLength(2000);
  });
});
