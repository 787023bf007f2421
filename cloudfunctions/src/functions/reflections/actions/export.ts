import { AppError } from '../../../../shared/errors';
import { chinaDayStart } from '../../../../shared/platform/china-time';
import { HANDED_IN_STATUSES } from '../../../../shared/reflections/status';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { loadUnitsById, unitById } from '../../../platform/directory-lookup';
import { storeGeneratedFile } from '../../../platform/files';
import { newId } from '../../../platform/ids';
import { countOf, rows } from '../../../platform/query';
import { rateLimiter } from '../../../platform/rate-limit';
import { writeWorkbook } from '../../../platform/spreadsheet/write-workbook';
import { atomically } from '../../../platform/transaction';
import { EXPORT_COLUMNS, exportRow } from '../export-rows';
import { EXPORT_LIMIT } from '../limits';
import { COLLECTIONS, type ReflectionRecord } from '../records';
import { unitPathOf } from '../scope';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DAYS = 366;
/** Well inside the function's 20 s: 20 reads of 100, then one workbook of a few MB at most. */
export const MAX_EXPORT = 2_000;
const PAGE = 100;

/** Every handed-in reflection of the period, in pages of 100 after the last one read (never skipping). */
async function reflectionsIn(where: object): Promise<ReflectionRecord[]> {
  const _ = db.command;
  const found: ReflectionRecord[] = [];
  for (;;) {
    const last = found[found.length - 1];
    const after = last
      ? _.and([
          where,
          _.or([
            { submittedAt: _.gt(last.submittedAt) },
            { submittedAt: last.submittedAt, _id: _.gt(last._id) },
          ]),
        ])
      : where;
    const page = await rows<ReflectionRecord>(
      db
        .collection(COLLECTIONS.reflections)
        .where(after)
        .orderBy('submittedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(PAGE),
    );
    found.push(...page);
    if (page.length < PAGE) return found;
  }
}

async function writersOf(memberIds: string[]): Promise<Map<string, MemberRecord>> {
  const unique = [...new Set(memberIds)];
  const pages = await Promise.all(
    Array.from({ length: Math.ceil(unique.length / 100) }, (_, index) =>
      rows<MemberRecord>(
        db
          .collection(DIRECTORY.members)
          .where({ _id: db.command.in(unique.slice(index * 100, (index + 1) * 100)) })
          .field({ name: true, staffNo: true })
          .limit(100),
      ),
    ),
  );
  return new Map(pages.flat().map((member) => [member._id, member]));
}

export const exportReflections = defineAction('reflections', 'export', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPathOf(unitId)]),
  async run({ unitId, from, to }, caller) {
    if (from > to) throw new AppError('INVALID_INPUT', '开始日期不能晚于结束日期');
    const start = chinaDayStart(from);
    const end = new Date(chinaDayStart(to).getTime() + DAY_MS);
    if (end.getTime() - start.getTime() > MAX_DAYS * DAY_MS) {
      throw new AppError('INVALID_INPUT', '一次最多导出一年的心得，请缩短时间段');
    }
    await rateLimiter.take(EXPORT_LIMIT, caller.openid);
    const _ = db.command;
    const where = {
      unitPath: unitId,
      status: _.in([...HANDED_IN_STATUSES]),
      submittedAt: _.gte(start).and(_.lt(end)),
    };
    const total = await countOf(db.collection(COLLECTIONS.reflections).where(where));
    if (total > MAX_EXPORT) {
      throw new AppError(
        'EXPORT_TOO_LARGE',
        `所选时间段共有 ${total} 篇心得，一次最多导出 ${MAX_EXPORT} 篇，请缩短时间段后分批导出`,
      );
    }
    const unit = await unitById(unitId);
    const records = await reflectionsIn(where);
    const [writers, units] = await Promise.all([
      writersOf(records.map((record) => record.memberId)),
      loadUnitsById(records.map((record) => record.unitId)),
    ]);
    const workbook = writeWorkbook([
      {
        name: '心得体会',
        title: `${unit.name} 心得体会（${from} 至 ${to}，共 ${records.length} 篇）`,
        columns: EXPORT_COLUMNS,
        rows: records.map((record, index) => exportRow(record, index, writers, units)),
        landscape: true,
      },
    ]);
    const stored = await storeGeneratedFile(`exports/reflections/${newId('export')}.xlsx`, workbook);
    const authority = await caller.authority();
    await atomically(async (transaction) => {
      await writeAudit(transaction, {
        action: 'reflection.export',
        actor: actorOf(caller.openid, authority),
        unitPath: unit.path,
        details: { unitName: `${unit.name}（${from} 至 ${to}，${records.length} 篇）` },
      });
    });
    return {
      url: stored.url,
      fileName: `${unit.name}心得体会_${from}_${to}.xlsx`,
      count: records.length,
      expiresAt: stored.expiresAt,
    };
  },
});
