import { AppError } from '../../../../shared/errors';
import { nextReportStatus, reportRefusal } from '../../../../shared/reports/status';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { unitById } from '../../../platform/directory-lookup';
import { rateLimiter } from '../../../platform/rate-limit';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { adminOfThisUnit } from '../access';
import { reportFigures } from '../figures';
import { WRITE_LIMIT } from '../limits';
import { lateFrom, reportedNotice } from '../notice';
import { HISTORY_KEPT, REPORT_COLLECTIONS, reportId, type ReportRecord } from '../records';
import { assertReportingUnit } from '../reporting-units';
import { figuresFor, historyNames, viewOf } from '../views';
import { stripId } from './save';

type ReportText = Pick<ReportRecord, 'measures' | 'highlights' | 'problems'>;

/**
 * The same submission again, already stored: an admin's phone retrying after its answer was lost (a dropped
 * connection, a crash of the database host) or a double tap. Both texts went through the same text gate, so
 * an identical retry compares equal; it is answered with the stored report.
 */
function isRepeatedSubmission(
  record: ReportRecord | null,
  text: ReportText,
): record is ReportRecord & { status: 'submitted' } {
  return (
    record?.status === 'submitted' &&
    record.measures === text.measures &&
    record.highlights === text.highlights &&
    record.problems === text.problems
  );
}

/**
 * Submits the unit's report to the federation. The figures are recomputed here from the data, whatever the
 * phone showed, and frozen on the report. Late means first submitted after 24:00 China time on the
 * deadline day; a resubmission after a return keeps the first submission's standing. Submitting other text
 * over a submitted report is refused: the federation gets one submission unless it returns the report.
 */
export const submit = defineAction('reports', 'submit', {
  access: adminOfThisUnit,
  async run({ noticeId, unitId, measures, highlights, problems }, caller) {
    await rateLimiter.take(WRITE_LIMIT, caller.openid);
    const [notice, unit, authority] = await Promise.all([
      reportedNotice(noticeId),
      unitById(unitId),
      caller.authority(),
    ]);
    await assertReportingUnit(notice, unit);
    const figures = await reportFigures(noticeId, unit);
    const actor = actorOf(caller.openid, authority);
    const id = reportId(noticeId, unitId);
    const now = new Date();
    const record = await atomically(async (transaction) => {
      const current = await readInTransaction<ReportRecord>(transaction, REPORT_COLLECTIONS.reports, id);
      if (isRepeatedSubmission(current, { measures, highlights, problems })) return current;
      const status = nextReportStatus(current?.status ?? null, 'submit');
      if (!status) throw new AppError('REPORT_STATE', reportRefusal(current?.status ?? null, 'submit'));
      const firstSubmittedAt = current?.firstSubmittedAt ? new Date(current.firstSubmittedAt) : now;
      const next: Omit<ReportRecord, '_id'> = {
        noticeId,
        unitId,
        unitPath: unit.path,
        createdAt: now,
        returnedAt: null,
        returnComment: null,
        ...(current ? stripId(current) : {}),
        status,
        measures,
        highlights,
        problems,
        figures,
        updatedAt: now,
        submittedAt: now,
        firstSubmittedAt,
        late: firstSubmittedAt.getTime() >= lateFrom(notice.deadline).getTime(),
        history: [
          ...(current?.history ?? []),
          { at: now, what: 'submit' as const, byMemberId: authority.member?._id ?? null, comment: null },
        ].slice(-HISTORY_KEPT),
      };
      await transaction.collection(REPORT_COLLECTIONS.reports).doc(id).set({ data: next });
      await writeAudit(transaction, {
        action: 'report.submit',
        actor,
        unitPath: unit.path,
        details: { title: notice.title, unitName: unit.name },
      });
      return { _id: id, ...next };
    });
    // A repeated submission shows the figures frozen when it was first stored, not those just computed.
    const [frozen, names] = await Promise.all([figuresFor(record, noticeId, unit), historyNames(record)]);
    return viewOf(record, notice, unit, frozen, authority, names);
  },
});
