import {
  UNIT_KIND_ALIASES,
  UNIT_KIND_LABELS,
  childPath,
  kindUnder,
  MAX_UNIT_DEPTH,
  unitCodeSchema,
  unitNameSchema,
  type BranchKind,
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

type Parent = { existing: Unit } | { fileRow: ParsedRow };

const cell = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

function locateColumns(header: unknown[]): Record<keyof typeof HEADERS, number> | string {
  const normalised = header.map((value) => cell(value).toLowerCase());
  const columns = {} as Record<keyof typeof HEADERS, number>;
  for (const [field, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, readonly string[]][]) {
    columns[field] = normalised.findIndex((value) => names.includes(value));
    if (columns[field] < 0 && field !== 'code' && field !== 'kind') {
      return `第 1 行缺少“${names[0]}”列（表头应为：名称、类型、上级、编码）`;
    }
  }
  return columns;
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value !== null) groups.set(value, [...(groups.get(value) ?? []), item]);
  }
  return groups;
}

/**
 * Checks every row of an import sheet against the existing tree and the other rows, and plans the new
 * units. Any error means nothing is planned: the caller writes all of it or none of it. Work is linear in
 * the rows and the existing units (lookups by map, parents before children by depth), so a long chain of
 * rows each under the previous one plans as fast as a flat list.
 */
export function planUnitImport(table: unknown[][], existing: Unit[], newId: () => string): ImportPlan {
  const [header = [], ...body] = table;
  const columns = locateColumns(header);
  if (typeof columns === 'string') return { ok: false, errors: [{ row: 1, message: columns }] };

  const rows: ParsedRow[] = body
    .map((values, index) => ({
      row: index + 2,
      name: cell(values[columns.name]),
      kindText: columns.kind >= 0 ? cell(values[columns.kind]) : '',
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

  const errors = new Map<number, string>();
  const fail = (row: number, message: string) => {
    if (!errors.has(row)) errors.set(row, message);
  };
  const existingByCode = new Map(
    existing.filter((unit) => unit.code).map((unit) => [unit.code as string, unit]),
  );
  const existingByName = groupBy(existing, (unit) => unit.name);
  const rowsByCode = new Map<string, ParsedRow>();

  for (const row of rows) {
    const name = unitNameSchema.safeParse(row.name);
    if (!name.success) fail(row.row, name.error.issues[0].message);
    else row.name = name.data;
    if (row.kindText && !UNIT_KIND_ALIASES[row.kindText]) {
      fail(
        row.row,
        `类型“${row.kindText}”无效，应为：市直工会、市总工会机关部门或直属事业单位（下级单位可不填，随上级）`,
      );
    }
    if (!row.parentText) fail(row.row, '请填写上级单位（名称或编码）');
    if (row.code) {
      const code = unitCodeSchema.safeParse(row.code);
      if (!code.success) fail(row.row, code.error.issues[0].message);
      else if (existingByCode.has(row.code)) fail(row.row, `编码“${row.code}”已被现有单位使用`);
      else if (rowsByCode.has(row.code)) {
        fail(row.row, `编码“${row.code}”与第 ${rowsByCode.get(row.code)?.row} 行重复`);
      } else rowsByCode.set(row.code, row);
    }
  }

  const rowsByName = groupBy(rows, (row) => row.name || null);
  const parentOf = (row: ParsedRow): Parent | string => {
    const byCode = existingByCode.get(row.parentText);
    if (byCode) return { existing: byCode };
    const fileByCode = rowsByCode.get(row.parentText);
    if (fileByCode) return fileByCode === row ? '上级单位不能是自己' : { fileRow: fileByCode };
    const existingNamed = existingByName.get(row.parentText) ?? [];
    const fileNamed = rowsByName.get(row.parentText) ?? [];
    if (existingNamed.length + fileNamed.length > 1)
      return `上级单位“${row.parentText}”有重名，请改用单位编码`;
    if (existingNamed.length === 1) return { existing: existingNamed[0] };
    if (fileNamed.length === 1)
      return fileNamed[0] === row ? '上级单位不能是自己' : { fileRow: fileNamed[0] };
    return `找不到上级单位“${row.parentText}”`;
  };

  // Depth of each row below the existing tree, following file parents iteratively; a loop is an error.
  const parents = new Map<ParsedRow, Parent>();
  const depth = new Map<ParsedRow, number>();
  for (const row of rows) {
    if (errors.has(row.row)) continue;
    const parent = parentOf(row);
    if (typeof parent === 'string') fail(row.row, parent);
    else parents.set(row, parent);
  }
  for (const start of parents.keys()) {
    const chain: ParsedRow[] = [];
    const onChain = new Set<ParsedRow>();
    let current: ParsedRow | undefined = start;
    let base = 0;
    while (current && !depth.has(current)) {
      if (onChain.has(current) || !parents.has(current)) {
        base = Number.NaN;
        break;
      }
      chain.push(current);
      onChain.add(current);
      const parent: Parent = parents.get(current) as Parent;
      current = 'fileRow' in parent ? parent.fileRow : undefined;
    }
    if (current && depth.has(current)) base = depth.get(current) as number;
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      base += 1;
      depth.set(chain[index], base);
    }
  }

  const planned = new Map<ParsedRow, Unit>();
  const childNames = groupBy(existing, (unit) => unit.parentId);
  const takenNames = new Map(
    [...childNames].map(([parentId, units]) => [parentId, new Set(units.map((unit) => unit.name))]),
  );
  const ordered = [...parents.keys()].sort(
    (a, b) => (depth.get(a) || 0) - (depth.get(b) || 0) || a.row - b.row,
  );
  for (const row of ordered) {
    if (Number.isNaN(depth.get(row))) {
      fail(row.row, `上级单位“${row.parentText}”无法确定（存在循环或其上级有错误）`);
      continue;
    }
    const reference = parents.get(row) as Parent;
    const parent = 'existing' in reference ? reference.existing : planned.get(reference.fileRow);
    if (!parent) {
      fail(row.row, `上级单位“${row.parentText}”有错误，本行未能导入`);
      continue;
    }
    const requested: BranchKind | undefined = row.kindText
      ? UNIT_KIND_ALIASES[row.kindText]
      : parent.kind === 'federation'
        ? undefined
        : parent.kind;
    if (!requested) {
      fail(row.row, '直接隶属市总工会的单位请填写类型：市直工会、市总工会机关部门或直属事业单位');
      continue;
    }
    const kind = kindUnder(parent, requested);
    if (!kind) {
      fail(
        row.row,
        `类型“${row.kindText}”与上级单位“${parent.name}”（${UNIT_KIND_LABELS[parent.kind]}）不一致`,
      );
      continue;
    }
    if (parent.depth + 1 > MAX_UNIT_DEPTH) {
      fail(row.row, `单位层级最多 ${MAX_UNIT_DEPTH} 级，“${parent.name}”下不能再设下级单位`);
      continue;
    }
    const siblings = takenNames.get(parent._id) ?? new Set<string>();
    if (siblings.has(row.name)) {
      fail(row.row, `“${parent.name}”下已有名为“${row.name}”的单位`);
      continue;
    }
    siblings.add(row.name);
    takenNames.set(parent._id, siblings);
    const id = newId();
    planned.set(row, {
      _id: id,
      name: row.name,
      kind,
      parentId: parent._id,
      path: childPath(parent, id),
      depth: parent.depth + 1,
      code: row.code,
    });
  }

  if (errors.size > 0) {
    return {
      ok: false,
      errors: [...errors].map(([row, message]) => ({ row, message })).sort((a, b) => a.row - b.row),
    };
  }
  return { ok: true, units: [...planned.values()] };
}
