import { db } from '../../platform/cloud';
import type { UnitRecord } from '../../platform/directory';
import type { NoticeRecord } from './records';

/** The result list of an aggregation, the only form this function reads it in. */
export async function listOf<T>(aggregation: { end(): unknown }): Promise<T[]> {
  return ((await aggregation.end()) as { list: T[] }).list;
}

/**
 * Active members of the subtree the notice is sent to: all of it when the subtree lies inside a target,
 * otherwise those inside the targets below it. One condition on the indexed `unitPath`.
 */
export function expectedReaders(
  notice: Pick<NoticeRecord, 'targetUnitIds'>,
  unit: Pick<UnitRecord, '_id' | 'path'>,
) {
  const _ = db.command;
  const inside = notice.targetUnitIds.some((target) => unit.path.includes(target));
  return inside
    ? { unitPath: unit._id, status: 'active' }
    : _.and([{ unitPath: unit._id, status: 'active' }, { unitPath: _.in(notice.targetUnitIds) }]);
}

/** The direct child of `unit` a record under it belongs to (missing for the unit's own records). */
export const childOf = (unit: Pick<UnitRecord, 'depth'>) =>
  db.command.aggregate.arrayElemAt(['$unitPath', unit.depth + 1]);
