import { AppError } from '../../shared/errors';
import { db } from './cloud';
import { DIRECTORY, type MemberRecord, type UnitRecord } from './directory';
import { allRows, rows } from './query';
import { withoutUnfinishedImports } from './unit-visibility';

export async function recordById<T>(collection: string, id: string, what: string): Promise<T> {
  const [record] = await rows<T>(db.collection(collection).where({ _id: id }).limit(1));
  if (!record) throw new AppError('NOT_FOUND', `${what}不存在或已被删除`);
  return record;
}

export async function unitById(id: string): Promise<UnitRecord> {
  const unit = await recordById<UnitRecord>(DIRECTORY.units, id, '单位');
  if ((await withoutUnfinishedImports([unit])).length === 0)
    throw new AppError('NOT_FOUND', '单位不存在或已被删除');
  return unit;
}

export async function activeMemberById(id: string): Promise<MemberRecord> {
  const member = await recordById<MemberRecord>(DIRECTORY.members, id, '成员');
  if (member.status !== 'active') throw new AppError('NOT_FOUND', '成员不存在或已离开单位');
  return member;
}

/** The whole unit tree; small enough (hundreds of units) to read in a few pages and index in memory. */
export async function loadUnits(): Promise<Map<string, UnitRecord>> {
  const units = await allRows<UnitRecord>(db.collection(DIRECTORY.units).orderBy('depth', 'asc'));
  return new Map((await withoutUnfinishedImports(units)).map((unit) => [unit._id, unit]));
}

/** The named units only, in pages of 100 ids: what a view needs, not the whole tree. */
export async function loadUnitsById(ids: Iterable<string>): Promise<Map<string, UnitRecord>> {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += 100) chunks.push(unique.slice(start, start + 100));
  const pages = await Promise.all(
    chunks.map((chunk) =>
      rows<UnitRecord>(
        db
          .collection(DIRECTORY.units)
          .where({ _id: db.command.in(chunk) })
          .limit(100),
      ),
    ),
  );
  return new Map((await withoutUnfinishedImports(pages.flat())).map((unit) => [unit._id, unit]));
}

export function unitName(units: Map<string, UnitRecord>, id: string): string {
  return units.get(id)?.name ?? '（已删除的单位）';
}

export function pathNames(units: Map<string, UnitRecord>, path: readonly string[]): string[] {
  return path.map((id) => unitName(units, id));
}
