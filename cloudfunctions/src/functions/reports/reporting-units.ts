import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { DIRECTORY, type RoleRecord, type UnitRecord } from '../../platform/directory';
import { loadUnitsById } from '../../platform/directory-lookup';
import { allRows, rows } from '../../platform/query';
import { insideTargets, type ReportedNotice } from './notice';

/** More units with admins than any notice's audience has; the aggregation answers one row per unit. */
export const MAX_REPORTING_UNITS = 1_000;

/**
 * Which units must report on a notice: every unit in the subtrees of the notice's targets that has a unit
 * admin of its own (a `unit_admin` grant on that very unit). Each reports on its own subtree, so a parent
 * union and its schools each report, the parent's figures covering the schools too. Units without an admin
 * have nobody to write a report; a group of units (the root, the three addressee groups) has none.
 * One grouped read of the indexed roles, however many admins there are.
 */
export async function reportingUnits(
  notice: ReportedNotice,
  within?: Pick<UnitRecord, '_id'>,
): Promise<UnitRecord[]> {
  const _ = db.command;
  const where = within
    ? _.and([{ unitPath: _.in(notice.targetUnitIds) }, { unitPath: within._id, role: 'unit_admin' }])
    : { unitPath: _.in(notice.targetUnitIds), role: 'unit_admin' };
  const grouped = (await db
    .collection(DIRECTORY.roles)
    .aggregate()
    .match(where)
    .group({ _id: '$unitId' })
    .limit(MAX_REPORTING_UNITS)
    .end()) as { list: { _id: string }[] };
  const units = await loadUnitsById(grouped.list.map((row) => row._id));
  return [...units.values()].sort(byCode);
}

/** Units in the order of their codes (a parent before its children), then by name. */
export const byCode = (a: UnitRecord, b: UnitRecord) =>
  (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-Hans-CN');

/** Refuses a unit the notice asks no report of. */
export async function assertReportingUnit(notice: ReportedNotice, unit: UnitRecord): Promise<void> {
  if (!insideTargets(notice, unit)) throw new AppError('NOT_REPORTING_UNIT');
  const [admin] = await rows<RoleRecord>(
    db
      .collection(DIRECTORY.roles)
      .where({ unitPath: unit._id, unitId: unit._id, role: 'unit_admin' })
      .limit(1),
  );
  if (!admin) throw new AppError('NOT_REPORTING_UNIT', '该单位没有管理员，不需要报送报告');
}

/** The unit admins of the given units (grants on exactly those units), in pages of 100 units. */
export async function adminsOf(unitIds: string[]): Promise<RoleRecord[]> {
  const found: RoleRecord[] = [];
  for (let start = 0; start < unitIds.length; start += 100) {
    found.push(
      ...(await allRows<RoleRecord>(
        db
          .collection(DIRECTORY.roles)
          .where({ unitId: db.command.in(unitIds.slice(start, start + 100)), role: 'unit_admin' })
          .orderBy('_id', 'asc'),
      )),
    );
  }
  return found;
}
