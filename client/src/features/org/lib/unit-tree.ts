import type { Unit } from '@shared/domain/unit';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** A unit in display order, with its depth relative to the top of the list it was taken from. */
export interface UnitRow {
  unit: Unit;
  level: number;
}

const byCodeThenName = (a: Unit, b: Unit) =>
  (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-Hans-CN');

/** Nests the flat list of `org.unitTree`; a unit whose parent is not in the list becomes a root. */
export function buildUnitTree(units: readonly Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const unit of units) nodes.set(unit._id, { unit, children: [] });
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => byCodeThenName(a.unit, b.unit));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Depth-first rows of a tree, skipping the children of collapsed units. */
export function flattenUnitTree(roots: readonly UnitNode[], collapsed: ReadonlySet<string> = new Set()): UnitRow[] {
  const rows: UnitRow[] = [];
  const visit = (node: UnitNode, level: number) => {
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
export function unitsInScope(units: readonly Unit[], adminUnitIds: readonly string[]): UnitRow[] {
  const inScope = units.filter((unit) => adminUnitIds.some((id) => unit.path.includes(id)));
  return flattenUnitTree(buildUnitTree(inScope));
}

/** A picker label that shows the nesting with full-width spaces. */
export function indentedName(row: UnitRow): string {
  return `${'\u3000'.repeat(row.level)}${row.unit.name}`;
}
