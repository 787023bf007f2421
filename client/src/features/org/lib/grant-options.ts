import type { GrantableRole, RoleGrantView } from '@shared/org/role';
import { ROOT_UNIT_ID, type Unit } from '@shared/org/unit';
import type { Confirmation } from '@/lib/dialog';

/**
 * How far a grant reaches from where the member sits: their own unit, a unit above it (and so every unit
 * below that one), or the whole city.
 */
export type GrantReach = 'own' | 'above' | 'city';

export interface GrantOption {
  role: GrantableRole;
  unitId: string;
  unitName: string;
  reach: GrantReach;
  /** The units the role lets its holder manage: the unit itself and all below it. */
  unitCount: number;
  /** The member holds this role already. */
  held: boolean;
}

export interface GrantCandidate {
  name: string;
  unitId: string;
  unitName: string;
  grants: Pick<RoleGrantView, 'role' | 'unitId'>[];
}

/** What every member's options are computed from; built once per scope, not once per row. */
export interface GrantContext {
  units: ReadonlyMap<string, Unit>;
  /** Units the caller administers, with everything below them. */
  scopeIds: ReadonlySet<string>;
  /** For each unit, how many units its subtree holds (itself included). */
  subtreeSizes: ReadonlyMap<string, number>;
  /** Only a federation admin may give the federation admin role. */
  grantsCityWide: boolean;
}

export function grantContext(
  units: readonly Unit[],
  scopeIds: Iterable<string>,
  grantsCityWide: boolean,
): GrantContext {
  const subtreeSizes = new Map<string, number>();
  for (const unit of units) {
    for (const id of unit.path) subtreeSizes.set(id, (subtreeSizes.get(id) ?? 0) + 1);
  }
  return {
    units: new Map(units.map((unit) => [unit._id, unit])),
    scopeIds: new Set(scopeIds),
    subtreeSizes,
    grantsCityWide,
  };
}

/**
 * The roles an admin may give a member: unit admin of the member's own unit or of a unit above it within
 * the admin's scope, nearest first; the federation admin role, only from a federation admin, last and on
 * its own. Unit admin of the root is never offered: the whole city is the federation admin role.
 */
export function grantOptions(member: GrantCandidate, context: GrantContext): GrantOption[] {
  const path = context.units.get(member.unitId)?.path ?? [];
  const holds = (role: GrantableRole, unitId: string) =>
    member.grants.some((grant) => grant.role === role && grant.unitId === unitId);
  const option = (role: GrantableRole, unitId: string, reach: GrantReach): GrantOption => ({
    role,
    unitId,
    unitName: context.units.get(unitId)?.name ?? '',
    reach,
    unitCount: context.subtreeSizes.get(unitId) ?? 1,
    held: holds(role, unitId),
  });

  const options = [...path]
    .reverse()
    .filter((unitId) => unitId !== ROOT_UNIT_ID && context.scopeIds.has(unitId))
    .map((unitId) => option('unit_admin', unitId, unitId === member.unitId ? 'own' : 'above'));
  if (context.grantsCityWide) options.push(option('federation_admin', ROOT_UNIT_ID, 'city'));
  return options;
}

/** What an option means, in the list the admin chooses from. */
export function describeGrantOption(option: GrantOption): { label: string; note: string } {
  if (option.reach === 'city') {
    return {
      label: '市总工会管理员（全市）',
      note: option.held ? '已是市总工会管理员' : '可管理全市所有单位、成员和管理员',
    };
  }
  const label = `“${option.unitName}”的单位管理员`;
  if (option.held) return { label, note: '已是该单位的管理员' };
  return {
    label,
    note:
      option.reach === 'own' ? '成员所在单位' : `上级单位：可管理该单位及下级共 ${option.unitCount} 个单位`,
  };
}

/** The question asked before granting; each reach has its own words, and the wider ones say how wide. */
export function grantConfirmation(member: GrantCandidate, option: GrantOption): Confirmation {
  if (option.reach === 'city') {
    return {
      title: '授予全市管理权限',
      content: `市总工会管理员可管理全市全部 ${option.unitCount} 个单位的成员、邀请码和管理员，并可导入单位。确定将 ${member.name}（${member.unitName}）设为市总工会管理员吗？`,
      confirmText: '确认授予',
    };
  }
  if (option.reach === 'above') {
    return {
      title: '授予上级单位管理权限',
      content: `${member.name}所在的是“${member.unitName}”。设为上级单位“${option.unitName}”的单位管理员后，其可管理该单位及下级共 ${option.unitCount} 个单位的全部成员。确定授予吗？`,
      confirmText: '确认授予',
    };
  }
  const reach = option.unitCount > 1 ? `及其下级共 ${option.unitCount} 个单位` : '';
  return {
    title: '设为管理员',
    content: `将 ${member.name} 设为“${option.unitName}”的单位管理员？其可管理本单位${reach}的成员和邀请码。`,
    confirmText: '确定',
  };
}
