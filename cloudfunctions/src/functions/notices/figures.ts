import type { ReadingFigures, UnitReading } from '../../../shared/notices/notice';
import { COUNTER_COLLECTION } from '../../platform/counters';
import { db } from '../../platform/cloud';
import { DIRECTORY, type UnitRecord } from '../../platform/directory';
import { allRows } from '../../platform/query';
import { withoutUnfinishedImports } from '../../platform/unit-visibility';
import type { NoticeRecord } from './records';
import { childOf, expectedReaders, listOf } from './subtree';

/** More direct children than any unit has; the aggregations return one row per child. */
const MAX_CHILDREN = 1_000;

interface ChildFigures {
  _id: string | null;
  expected?: number;
  opened?: number;
  finished?: number;
  confirmed?: number;
}

const zero = (): ReadingFigures => ({ expected: 0, opened: 0, finished: 0, confirmed: 0 });

/**
 * The subtree's figures per direct child unit, in a fixed number of requests however many people it has:
 * expected readers are an indexed count grouped by child, the rest are the receipts' counters summed by
 * child. The unit's own members (not in any child) form a row of their own.
 */
export async function readingFigures(
  notice: Pick<NoticeRecord, '_id' | 'targetUnitIds'>,
  unit: UnitRecord,
): Promise<{ totals: ReadingFigures; units: UnitReading[] }> {
  const $ = db.command.aggregate;
  const [children, expected, counted] = await Promise.all([
    allRows<UnitRecord>(db.collection(DIRECTORY.units).where({ parentId: unit._id })).then(
      withoutUnfinishedImports,
    ),
    listOf<ChildFigures>(
      db
        .collection(DIRECTORY.members)
        .aggregate()
        .match(expectedReaders(notice, unit))
        .group({ _id: childOf(unit), expected: $.sum(1) })
        .limit(MAX_CHILDREN),
    ),
    listOf<ChildFigures>(
      db
        .collection(COUNTER_COLLECTION)
        .aggregate()
        .match({ noticeId: notice._id, unitPath: unit._id })
        .group({
          _id: childOf(unit),
          opened: $.sum('$values.opened'),
          finished: $.sum('$values.finished'),
          confirmed: $.sum('$values.confirmed'),
        })
        .limit(MAX_CHILDREN),
    ),
  ]);
  const byChild = new Map<string, ReadingFigures>();
  const add = (rows: ChildFigures[]) => {
    for (const row of rows) {
      const key = row._id ?? unit._id;
      const figures = byChild.get(key) ?? zero();
      for (const field of ['expected', 'opened', 'finished', 'confirmed'] as const)
        figures[field] += row[field] ?? 0;
      byChild.set(key, figures);
    }
  };
  add(expected);
  add(counted);
  const rows: UnitReading[] = [];
  const own = byChild.get(unit._id);
  if (own) rows.push({ unitId: unit._id, unitName: `${unit.name}（本级）`, own: true, ...own });
  const sorted = [...children].sort(
    (a, b) => (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-Hans-CN'),
  );
  for (const child of sorted) {
    const figures = byChild.get(child._id);
    if (figures) rows.push({ unitId: child._id, unitName: child.name, own: false, ...figures });
  }
  const totals = zero();
  for (const figures of byChild.values())
    for (const field of ['expected', 'opened', 'finished', 'confirmed'] as const)
      totals[field] += figures[field];
  return { totals, units: rows };
}
