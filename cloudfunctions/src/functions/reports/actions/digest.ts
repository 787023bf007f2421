import { REFLECTION_COLLECTIONS } from '../../../../shared/reflections/collections';
import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { DIGEST_MAX_REFLECTIONS } from '../../../../shared/reports/report';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { loadUnitsById, unitById } from '../../../platform/directory-lookup';
import { writeDocx } from '../../../platform/docx';
import { storeGeneratedFile } from '../../../platform/files';
import { newId } from '../../../platform/ids';
import { reportFigures } from '../figures';
import { allRows, countOf, rows } from '../../../platform/query';
import { rateLimiter } from '../../../platform/rate-limit';
import { atomically } from '../../../platform/transaction';
import { digestMaker } from '../access';
import { digestBlocks, type DigestReflection } from '../digest-document';
import { DIGEST_LIMIT } from '../limits';
import { reportedNotice } from '../notice';
import { REPORT_COLLECTIONS, type ReportRecord } from '../records';
import { reportingUnits } from '../reporting-units';

const PAGE = 100;

/** The newest featured reflections on the notice in the subtree, at most DIGEST_MAX_REFLECTIONS. */
async function featuredReflections(noticeId: string, scopeId: string) {
  const where = { unitPath: scopeId, status: 'featured', noticeId };
  const pages = await Promise.all(
    Array.from({ length: Math.ceil(DIGEST_MAX_REFLECTIONS / PAGE) }, (_, index) =>
      rows<DigestReflection>(
        db
          .collection(REFLECTION_COLLECTIONS.reflections)
          .where(where)
          .orderBy('featuredAt', 'desc')
          .orderBy('_id', 'asc')
          .skip(index * PAGE)
          .limit(PAGE)
          .field({ unitId: true, memberId: true, title: true, text: true }),
      ),
    ),
  );
  const total = await countOf(db.collection(REFLECTION_COLLECTIONS.reflections).where(where));
  return { reflections: pages.flat().slice(0, DIGEST_MAX_REFLECTIONS), total };
}

async function writerNames(memberIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(memberIds)];
  const pages = await Promise.all(
    Array.from({ length: Math.ceil(unique.length / PAGE) }, (_, index) =>
      rows<MemberRecord>(
        db
          .collection(DIRECTORY.members)
          .where({ _id: db.command.in(unique.slice(index * PAGE, (index + 1) * PAGE)) })
          .field({ name: true })
          .limit(PAGE),
      ),
    ),
  );
  return new Map(pages.flat().map((member) => [member._id, member.name]));
}

/**
 * The 反响体悟汇编 of a notice as a Word document, for the federation (whole notice) or a unit admin (their
 * subtree): the figures table, each unit's submitted highlights, and the featured reflections by unit. Made
 * in the function, stored in cloud storage, opened by a temporary link. Bounded: one row per reporting unit
 * and at most DIGEST_MAX_REFLECTIONS reflections.
 */
export const digest = defineAction('reports', 'digest', {
  access: digestMaker,
  async run({ noticeId, unitId }, caller) {
    await rateLimiter.take(DIGEST_LIMIT, caller.openid);
    const at = new Date();
    const [notice, scope] = await Promise.all([reportedNotice(noticeId), unitById(unitId ?? ROOT_UNIT_ID)]);
    const [units, submitted, total, featured] = await Promise.all([
      reportingUnits(notice, scope),
      allRows<ReportRecord>(
        db
          .collection(REPORT_COLLECTIONS.reports)
          .where({ noticeId, unitPath: scope._id, status: 'submitted' })
          .orderBy('_id', 'asc'),
      ),
      reportFigures(noticeId, scope, at.getTime()),
      featuredReflections(noticeId, scope._id),
    ]);
    const [writers, reflectionUnits] = await Promise.all([
      writerNames(featured.reflections.map((reflection) => reflection.memberId)),
      loadUnitsById(featured.reflections.map((reflection) => reflection.unitId)),
    ]);
    const reports = new Map(submitted.map((report) => [report.unitId, report]));
    const title = `${scope.name}学习贯彻情况及反响体悟汇编`;
    const document = writeDocx(
      title,
      digestBlocks({
        notice,
        scope,
        units,
        reports,
        total,
        reflections: featured.reflections,
        featuredTotal: featured.total,
        writers,
        unitNames: new Map([...reflectionUnits.values()].map((unit) => [unit._id, unit.name])),
        at,
      }),
      at,
    );
    const stored = await storeGeneratedFile(`exports/digests/${newId('digest')}.docx`, document);
    const authority = await caller.authority();
    await atomically(async (transaction) => {
      await writeAudit(transaction, {
        action: 'report.digest',
        actor: actorOf(caller.openid, authority),
        unitPath: scope.path,
        details: { title: notice.title, unitName: scope.name },
      });
    });
    return {
      url: stored.url,
      fileName: `${title}.docx`,
      expiresAt: stored.expiresAt,
      units: units.length,
      reports: units.filter((unit) => reports.has(unit._id)).length,
      reflections: featured.reflections.length,
      reflectionsCapped: featured.total > featured.reflections.length,
    };
  },
});
