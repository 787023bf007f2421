import { AppError } from '../../../../shared/errors';
import { nextReportStatus, reportRefusal } from '../../../../shared/reports/status';
import { defineAction } from '../../../platform/action';
import { unitById } from '../../../platform/directory-lookup';
import { rateLimiter } from '../../../platform/rate-limit';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { adminOfThisUnit } from '../access';
import { WRITE_LIMIT } from '../limits';
import { reportedNotice } from '../notice';
import { REPORT_COLLECTIONS, reportId, type ReportRecord } from '../records';
import { assertReportingUnit } from '../reporting-units';
import { figuresFor, historyNames, viewOf } from '../views';

/** Keeps the unit admin's draft (or a returned report being revised); figures are never part of it. */
export const save = defineAction('reports', 'save', {
  access: adminOfThisUnit,
  async run({ noticeId, unitId, measures, highlights, problems }, caller) {
    await rateLimiter.take(WRITE_LIMIT, caller.openid);
    const [notice, unit, authority] = await Promise.all([
      reportedNotice(noticeId),
      unitById(unitId),
      caller.authority(),
    ]);
    await assertReportingUnit(notice, unit);
    const id = reportId(noticeId, unitId);
    const now = new Date();
    const record = await atomically(async (transaction) => {
      const current = await readInTransaction<ReportRecord>(transaction, REPORT_COLLECTIONS.reports, id);
      const status = nextReportStatus(current?.status ?? null, 'save');
      if (!status) throw new AppError('REPORT_STATE', reportRefusal(current?.status ?? null, 'save'));
      const next: Omit<ReportRecord, '_id'> = {
        noticeId,
        unitId,
        unitPath: unit.path,
        figures: null,
        createdAt: now,
        submittedAt: null,
        firstSubmittedAt: null,
        late: false,
        returnedAt: null,
        returnComment: null,
        history: [],
        ...(current ? stripId(current) : {}),
        status,
        measures,
        highlights,
        problems,
        updatedAt: now,
      };
      await transaction.collection(REPORT_COLLECTIONS.reports).doc(id).set({ data: next });
      return { _id: id, ...next };
    });
    const [figures, names] = await Promise.all([figuresFor(record, noticeId, unit), historyNames(record)]);
    return viewOf(record, notice, unit, figures, authority, names);
  },
});

export function stripId(record: ReportRecord): Omit<ReportRecord, '_id'> {
  const { _id: _ignored, ...rest } = record;
  return rest;
}
