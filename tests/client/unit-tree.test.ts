import { describe, expect, it } from 'vitest';
import {
  buildUnitTree,
  flattenUnitTree,
  indentedName,
  unitsInScope,
  type TreeUnit,
} from '../../client/src/features/org/lib/unit-tree';

const unit = (id: string, name: string, parentPath: string[], code: string | null = null): TreeUnit => ({
  _id: id,
  name,
  parentId: parentPath.length ? parentPath[parentPath.length - 1] : null,
  path: [...parentPath, id],
  code,
});

// Deliberately out of order: children before parents, siblings unsorted.
const UNITS: TreeUnit[] = [
  unit('school-58', '青岛第五十八中学工会', ['root', 'municipal', 'education'], 'SZ-JY-58'),
  unit('education', '市教育系统工会', ['root', 'municipal'], 'SZ-JY'),
  unit('school-2', '青岛第二中学工会', ['root', 'municipal', 'education'], 'SZ-JY-02'),
  unit('root', '青岛市总工会', [], null),
  unit('departments', '市总工会机关各部门', ['root'], 'JG'),
  unit('municipal', '市直工会', ['root'], 'SZ'),
  unit('organisation', '组织部', ['root', 'departments'], 'JG-ZZB'),
];

const names = (rows: { unit: TreeUnit; level: number }[]) =>
  rows.map((row) => `${row.level}:${row.unit.name}`);

describe('unit tree helpers', () => {
  it('nests the flat list and lists it depth first, siblings by code', () => {
    const rows = flattenUnitTree(buildUnitTree(UNITS));
    expect(names(rows)).toEqual([
      '0:青岛市总工会',
      '1:市总工会机关各部门',
      '2:组织部',
      '1:市直工会',
      '2:市教育系统工会',
      '3:青岛第二中学工会',
      '3:青岛第五十八中学工会',
    ]);
  });

  it('hides the children of collapsed units', () => {
    const rows = flattenUnitTree(buildUnitTree(UNITS), new Set(['municipal']));
    expect(names(rows)).toEqual(['0:青岛市总工会', '1:市总工会机关各部门', '2:组织部', '1:市直工会']);
  });

  it('offers a unit admin their unit and its subtree, starting at level 0', () => {
    expect(names(unitsInScope(UNITS, ['education']))).toEqual([
      '0:市教育系统工会',
      '1:青岛第二中学工会',
      '1:青岛第五十八中学工会',
    ]);
  });

  it('lists a scope nested in another scope once', () => {
    const rows = unitsInScope(UNITS, ['municipal', 'school-2']);
    expect(rows.map((row) => row.unit._id)).toEqual(['municipal', 'education', 'school-2', 'school-58']);
  });

  it('offers nothing to someone who administers nothing', () => {
    expect(unitsInScope(UNITS, [])).toEqual([]);
  });

  it('treats a unit whose parent is missing as a root', () => {
    const rows = flattenUnitTree(buildUnitTree(UNITS.filter((u) => u._id !== 'education')));
    expect(rows.filter((row) => row.level === 0).map((row) => row.unit._id)).toEqual(
      expect.arrayContaining(['root', 'school-2', 'school-58']),
    );
  });

  it('indents picker labels with full-width spaces', () => {
    expect(indentedName({ unit: UNITS[2], level: 2 })).toBe('\u3000\u3000青岛第二中学工会');
  });
});
