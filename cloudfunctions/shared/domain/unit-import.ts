import {
  UNIT_KIND_ALIASES,
  UNIT_KIND_LABELS,
  childPath,
  kindUnder,
  unitCodeSchema,
  unitNameSchema,
  type Unit,
} from './unit';

export interface ImportRowError {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

export type ImportPlan = { ok: true; units: Unit[] } | { ok: false; errors: ImportRowError[] };

export const MAX_IMPORT_ROWS = 2000;

const HEADERS = {
  name: ['名称', '单位名称', 'name'],
  kind: ['类型', '单位类型', 'kind'],
  parent: ['上级', '上级单位', 'parent'],
  code: ['编码', '单位编码', 'code'],
} as const;

interface ParsedRow {
  row: number;
  name: string;
  kindText: string;
  parentText: string;
  code: string | null;
}

const cell = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

function locateColumns(header: unknown[]): Record<keyof typeof HEADERS, number> | string {
  const normalised = header.map((value) => cell(value).toLowerCase());
  const columns = {} as Record<keyof typeof HEADERS, number>;
  for (const [field, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, readonly string[]][]) {
    columns[field] = normalised.findIndex((value) => names.includes(value));
    if (columns[field] < 0 && field !== 'code')
      return `第 1 行缺少“${names[0]}”列（表头应为：名称、类型、上级、编码）`;
  }
  return columns;
}

/**
 * Checks every row of an import sheet against the existing tree and the other rows, and plans the new
 * units. Any error means nothing is planned: the caller writes all of it or none of it.
 */
export function planUnitImport(table: unknown[][], existing: Unit[], newId: () => string): ImportPlan {
  const [header = [], ...body] = table;
  const columns = locateColumns(header);
  if (typeof columns === 'string') return { ok: false, errors: [{ row: 1, message: columns }] };

  const rows: ParsedRow[] = body
    .map((values, index) => ({
      row: index + 2,
      name: cell(values[columns.name]),
      kindText: cell(values[columns.kind]),
      parentText: cell(values[columns.parent]),
      code: columns.code >= 0 ? cell(values[columns.code]) || null : null,
    }))
    .filter((row) => row.name || row.kindText || row.parentText || row.code);
  if (rows.length === 0) return { ok: false, errors: [{ row: 2, message: '文件中没有单位数据' }] };
  if (rows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      errors: [{ row: MAX_IMPORT_ROWS + 2, message: `一次最多导入 ${MAX_IMPORT_ROWS} 个单位` }],
    };
  }

  const errors: ImportRowError[] = [];
  const fail = (row: number, message: string) => errors.push({ row, message });
  const codes = new Map(existing.filter((unit) => unit.code).map((unit) => [unit.code as string, 0]));
  const namesInFile = new Map<string, number[]>();

  for (const row of rows) {
    const name = unitNameSchema.safeParse(row.name);
    if (!name.success) fail(row.row, name.error.issues[0].message);
    if (!UNIT_KIND_ALIASES[row.kindText]) {
      fail(row.row, `类型“${row.kindText || '（空）'}”无效，应为：市直工会、市总工会机关部门或直属事业单位`);
    }
    if (!row.parentText) fail(row.row, '请填写上级单位（名称或编码）');
    if (row.code) {
      const code = unitCodeSchema.safeParse(row.code);
      if (!code.success) fail(row.row, code.error.issues[0].message);
      else if (codes.has(row.code)) {
        const other = codes.get(row.code);
        fail(row.row, other ? `编码“${row.code}”与第 ${other} 行重复` : `编码“${row.code}”已被现有单位使用`);
      } else codes.set(row.code, row.row);
    }
    namesInFile.set(row.name, [...(namesInFile.get(row.name) ?? []), row.row]);
  }

  const planned = new Map<number, Unit>();
  const resolveParent = (row: ParsedRow): Unit | 'pending' | string => {
    const byCodeExisting = existing.find((unit) => unit.code === row.parentText);
    if (byCodeExisting) return byCodeExisting;
    const byCodeInFile = rows.find((other) => other.code === row.parentText);
    if (byCodeInFile) return planned.get(byCodeInFile.row) ?? 'pending';
    const existingByName = existing.filter((unit) => unit.name === row.parentText);
    const fileRowsByName = namesInFile.get(row.parentText) ?? [];
    if (existingByName.length + fileRowsByName.length > 1) {
      return `上级单位“${row.parentText}”有重名，请改用单位编码`;
    }
    if (existingByName.length === 1) return existingByName[0];
    if (fileRowsByName.length === 1) {
      if (fileRowsByName[0] === row.row) return '上级单位不能是自己';
      return planned.get(fileRowsByName[0]) ?? 'pending';
    }
    return `找不到上级单位“${row.parentText}”`;
  };

  const rowsWithoutErrors = rows.filter((row) => !errors.some((error) => error.row === row.row));
  let pending = rowsWithoutErrors;
  while (pending.length > 0) {
    const stillPending: ParsedRow[] = [];
    for (const row of pending) {
      const parent = resolveParent(row);
      if (parent === 'pending') {
        stillPending.push(row);
        continue;
      }
      if (typeof parent === 'string') {
        fail(row.row, parent);
        continue;
      }
      const kind = kindUnder(parent, UNIT_KIND_ALIASES[row.kindText]);
      if (!kind) {
        fail(
          row.row,
          `类型“${row.kindText}”与上级单位“${parent.name}”（${UNIT_KIND_LABELS[parent.kind]}）不一致`,
        );
        continue;
      }
      const siblings = [...existing, ...planned.values()].filter((unit) => unit.parentId === parent._id);
      if (siblings.some((unit) => unit.name === row.name)) {
        fail(row.row, `“${parent.name}”下已有名为“${row.name}”的单位`);
        continue;
      }
      const id = newId();
      planned.set(row.row, {
        _id: id,
        name: row.name,
        kind,
        parentId: parent._id,
        path: childPath(parent, id),
        depth: parent.depth + 1,
        code: row.code,
      });
    }
    if (stillPending.length === pending.length) {
      stillPending.forEach((row) =>
        fail(row.row, `上级单位“${row.parentText}”无法确定（存在循环或其上级有错误）`),
      );
      break;
    }
    pending = stillPending;
  }

  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return { ok: true, units: [...planned.values()] };
}
