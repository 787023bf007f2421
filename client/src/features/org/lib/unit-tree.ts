/** What the tree helpers read of a `Unit` (@shared/org/unit); structural, so this file imports nothing. */
export interface TreeUnit {
  _id: string;
  name: string;
  parentId: string | null;
  /** Ids from the root down to and including this unit. */
  path: string[];
  code: string | null;
}

export interface UnitNode<U extends TreeUnit = TreeUnit> {
  unit: U;
  children: UnitNode<U>[];
}

/** A unit in display order, with its depth relative to the top of the list it was taken from. */
export interface UnitRow<U extends TreeUnit = TreeUnit> {
  unit: U;
  level: number;
}

const byCodeThenName = (a: TreeUnit, b: TreeUnit) =>
  (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-Hans-CN');

/** Nests the flat list of `org.unitTree`; a unit whose parent is not in the list becomes a root. */
export function buildUnitTree<U extends TreeUnit>(units: readonly U[]): UnitNode<U>[] {
  const nodes = new Map<string, UnitNode<U>>();
  for (const unit of units) nodes.set(unit._id, { unit, children: [] });
  const roots: UnitNode<U>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode<U>[]) => {
    list.sort((a, b) => byCodeThenName(a.unit, b.unit));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Depth-first rows of a tree, skipping the children of collapsed units. */
export function flattenUnitTree<U extends TreeUnit>(
  roots: readonly UnitNode<U>[],
  collapsed: ReadonlySet<string> = new Set(),
): UnitRow<U>[] {
  const rows: UnitRow<U>[] = [];
  const visit = (node: UnitNode<U>, level: number) => {
    rows.push({ unit: node.unit, level });
    if (collapsed.has(node.unit._id)) return;
    for (const child of node.children) visit(child, level + 1);
  };
  for (const root of roots) visit(root, 0);
  return rows;
}

/**
 * The units an admin may pick: each administered unit with its whole subtree, in tree order, each unit once
 * (a scope nested in another scope is not repeated).
 */
export function unitsInScope<U extends TreeUnit>(
  units: readonly U[],
  adminUnitIds: readonly string[],
): UnitRow<U>[] {
  const inScope = units.filter((unit) => adminUnitIds.some((id) => unit.path.includes(id)));
  return flattenUnitTree<U>(buildUnitTree<U>(inScope));
}

/** A picker label that shows the nesting with full-width spaces. */
export function indentedName(row: UnitRow<TreeUnit>): string {
  return `${'\u3000'.repeat(row.level)}${row.unit.name}`;
}
