import type { MemberListItem } from '@shared/org/member';
import { ROLE_LABELS, type RoleGrantView } from '@shared/org/role';
import { MEMBER_UNIT_MIN_DEPTH, type Unit } from '@shared/org/unit';
import type { Confirmation } from '@/lib/dialog';
import type { UnitRow } from './unit-tree';

const roleName = (grant: Pick<RoleGrantView, 'role' | 'unitName'>) =>
  grant.role === 'federation_admin' ? ROLE_LABELS.federation_admin : `“${grant.unitName}”的单位管理员`;

/** A line of the move chooser; it has the shape components/choice-sheet lists, without importing a view. */
export interface MoveChoice {
  key: string;
  label: string;
  level: number;
  disabled: boolean;
  note?: string;
}

/** Every unit of the scope in tree order; only units that hold members can be chosen. */
export function moveChoices(rows: readonly UnitRow<Unit>[], currentUnitId: string): MoveChoice[] {
  return rows.map(({ unit, level }) => {
    const holdsUnits = unit.depth < MEMBER_UNIT_MIN_DEPTH;
    const current = unit._id === currentUnitId;
    return {
      key: unit._id,
      label: unit.name,
      level,
      disabled: holdsUnits || current,
      note: current ? '当前所在单位' : holdsUnits ? '只设单位，请选择其下的具体单位' : undefined,
    };
  });
}

export function moveConfirmation(member: MemberListItem, target: Unit): Confirmation {
  return {
    title: '调动成员',
    content: `将 ${member.name} 从“${member.unitName}”调动到“${target.name}”？`,
    confirmText: '调动',
  };
}

/** Removal takes every role with the membership: say so, and say it plainly when it is oneself. */
export function removalConfirmation(member: MemberListItem, self: boolean): Confirmation {
  const roles = member.grants.filter((grant) => !grant.fromConfiguration).map(roleName);
  const lines = [
    self
      ? `您将把自己移出“${member.unitName}”，之后需要重新凭邀请码加入。`
      : `将 ${member.name} 移出“${member.unitName}”？移除后其不再属于本单位，需要重新凭邀请码加入。`,
  ];
  if (roles.length > 0) {
    lines.push(
      self
        ? `您的${roles.join('、')}角色将一并撤销，您将不能再管理这些单位。`
        : `其${roles.join('、')}角色将一并撤销。`,
    );
  }
  if (self) lines.push('如果您是某个单位唯一的管理员，请先为该单位设置其他管理员。');
  return { title: self ? '移出自己' : '移除成员', content: lines.join(''), confirmText: '移除' };
}

export interface RevokeContext {
  /** The grant is the caller's own. */
  own: boolean;
  /** No other unit admin of the same unit is left after it. */
  lastAdmin: boolean;
  /** The caller administers a unit above the grant's unit, so the unit stays in someone's hands. */
  fromAbove: boolean;
}

/**
 * Why the caller may not revoke this grant, or null: an admin of the unit itself (not of one above) may not
 * leave it without any admin. The server refuses it too; saying so first spares a request bound to fail.
 */
export function revokeRefusal(grant: RoleGrantView, context: RevokeContext): string | null {
  if (grant.role !== 'unit_admin' || !context.lastAdmin || context.fromAbove) return null;
  return `${context.own ? '您是' : `${grant.memberName}是`}“${grant.unitName}”唯一的管理员，撤销后该单位将无人管理。请先为该单位设置其他管理员，或请上级单位的管理员办理。`;
}

export function revokeConfirmation(grant: RoleGrantView, context: RevokeContext): Confirmation {
  const lines = [
    context.own
      ? `这是您自己的${roleName(grant)}角色。撤销后您将不能再管理该单位，本页将随之更新。`
      : `撤销 ${grant.memberName} 的${roleName(grant)}角色？撤销后其不能再管理该单位。`,
  ];
  if (grant.role === 'unit_admin' && context.lastAdmin) {
    lines.push(`撤销后“${grant.unitName}”将没有自己的管理员，由您作为上级单位管理员管理。`);
  }
  return {
    title: context.own ? '撤销自己的管理员角色' : '撤销管理员',
    content: lines.join(''),
    confirmText: '撤销',
  };
}
