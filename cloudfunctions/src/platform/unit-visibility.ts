import { db } from './cloud';
import { DIRECTORY, type UnitImportRecord, type UnitRecord } from './directory';
import { rows } from './query';

/**
 * Units written by an import become visible all at once, when the import's record turns `done`; until then
 * (and for ever, if the import was interrupted) every read of the tree leaves them out.
 */
export async function withoutUnfinishedImports(units: UnitRecord[]): Promise<UnitRecord[]> {
  const importIds = [...new Set(units.map((unit) => unit.importId).filter((id): id is string => !!id))];
  if (importIds.length === 0) return units;
  const done = new Set<string>();
  for (let start = 0; start < importIds.length; start += 100) {
    const jobs = await rows<UnitImportRecord>(
      db
        .collection(DIRECTORY.unitImports)
        .where({ _id: db.command.in(importIds.slice(start, start + 100)), status: 'done' })
        .limit(100),
    );
    jobs.forEach((job) => done.add(job._id));
  }
  return units.filter((unit) => !unit.importId || done.has(unit.importId));
}
