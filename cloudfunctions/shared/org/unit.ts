import * as z from 'zod/mini';
import { textSchema } from '../platform/text';

/** The federation at the root, then the three kinds of addressee the notice names, then units below them. */
export const BRANCH_KINDS = ['municipal_union', 'department', 'institution'] as const;
export type BranchKind = (typeof BRANCH_KINDS)[number];
export type UnitKind = 'federation' | BranchKind;

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  federation: '市总工会',
  municipal_union: '市直工会',
  department: '市总工会机关部门',
  institution: '直属事业单位',
};

/** Names accepted in an import file's kind column, as people write them. */
export const UNIT_KIND_ALIASES: Record<string, BranchKind> = {
  municipal_union: 'municipal_union',
  市直工会: 'municipal_union',
  department: 'department',
  机关部门: 'department',
  市总工会机关部门: 'department',
  市总工会机关各部门: 'department',
  institution: 'institution',
  直属事业单位: 'institution',
  各直属事业单位: 'institution',
};

export const ROOT_UNIT_ID = 'unit-root';

export interface Unit {
  _id: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
  /** Ids from the root down to and including this unit: one query finds a whole subtree. */
  path: string[];
  depth: number;
  code: string | null;
}

export const unitNameSchema = textSchema({ label: '单位名称', min: 2, max: 40, name: true });

export const unitCodeSchema = z
  .string()
  .check(
    z.trim(),
    z.regex(/^[A-Za-z0-9_-]{1,32}$/, '单位编码只能由字母、数字、下划线或短横线组成，最多 32 位'),
  );

/** The federation is depth 0; no union needs more levels than this, and every record carries its path. */
export const MAX_UNIT_DEPTH = 8;

/** Members belong to units: the root and the three addressee groups only hold units. */
export const MEMBER_UNIT_MIN_DEPTH = 2;

export const unitIdSchema = z
  .string({ error: '缺少单位' })
  .check(z.minLength(1, '缺少单位'), z.maxLength(64));

export function childPath(parent: Pick<Unit, 'path'>, childId: string): string[] {
  return [...parent.path, childId];
}

/** Whether a unit (given by its path) lies in the subtree rooted at scopeUnitId. */
export function isWithin(path: readonly string[], scopeUnitId: string): boolean {
  return path.includes(scopeUnitId);
}

/** The kind a unit under this parent must have: branches keep the kind of the addressee group they sit in. */
export function kindUnder(parent: Pick<Unit, 'kind'>, requested: BranchKind): BranchKind | null {
  if (parent.kind === 'federation') return requested;
  return parent.kind === requested ? requested : null;
}
