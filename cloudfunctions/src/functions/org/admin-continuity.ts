import { AppError } from '../../../shared/errors';
import type { Authority } from '../../platform/authority';
import { db } from '../../platform/cloud';
import { DIRECTORY, type RoleRecord } from '../../platform/directory';
import { countOf } from '../../platform/query';

/**
 * A unit may not be left without an admin by one of its own admins (removing themself or revoking their
 * own grant); an admin of a unit above may still do it, knowing they keep the unit in hand.
 */
export async function assertUnitsKeepAnAdmin(
  authority: Authority,
  leaving: RoleRecord[],
  unitNames: Map<string, string>,
): Promise<void> {
  for (const grant of leaving.filter((candidate) => candidate.role === 'unit_admin')) {
    const above = grant.unitPath.slice(0, -1);
    const higherAdmin =
      authority.isFederationAdmin || authority.adminUnitIds.some((unitId) => above.includes(unitId));
    if (higherAdmin) continue;
    const leavingHere = leaving.filter(
      (other) => other.unitId === grant.unitId && other.role === 'unit_admin',
    );
    const admins = await countOf(
      db.collection(DIRECTORY.roles).where({ unitId: grant.unitId, role: 'unit_admin' }),
    );
    if (admins - leavingHere.length <= 0) {
      const name = unitNames.get(grant.unitId) ?? '该单位';
      throw new AppError(
        'CONFLICT',
        `这是“${name}”唯一的管理员，操作后将无人管理。请先设置其他管理员，或请上级单位管理员办理`,
      );
    }
  }
}
