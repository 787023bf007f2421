import { AppError } from '../../../../shared/errors';
import { nextReportStatus, reportRefusal } from '../../../../shared/reports/status';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { recordById, unitById } from '../../../platform/directory-lookup';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { messageUnitAdmins, namesOf } from '../messages';
import { reportedNotice } from '../notice';
import { adminsOf } from '../reporting-units';
import { HISTORY_KEPT, REPORT_COLLECTIONS, type ReportRecord } from '../records';
import { figuresFor, historyNames, viewOf } from '../views';
import { stripId } from './save';

/** The federation sends a submitted report back to the unit with a comment on what to revise. */
export const returnForRevision = defineAction('reports', 'returnForRevision', {
  access: federationAdmin,
  async run({ reportId, comment }, caller) {
    const found = await recordById<ReportRecord>(REPORT_COLLECTIONS.reports, reportId, '报告');
    const [notice, unit, authority] = await Promise.all([
      reportedNotice(found.noticeId),
      unitById(found.unitId),
      caller.authority(),
    ]);
    const actor = actorOf(caller.openid, authority);
    const now = new Date();
    const record = await atomically(async (transaction) => {
      const current = await readInTransaction<ReportRecord>(
        transaction,
        REPORT_COLLECTIONS.reports,
        reportId,
      );
      if (!current) throw new AppError('NOT_FOUND', '报告不存在或已被删除');
      const status = nextReportStatus(current.status, 'return');
      if (!status) throw new AppError('REPORT_STATE', reportRefusal(current.status, 'return'));
      const change = {
        status,
        returnedAt: now,
        returnComment: comment,
        updatedAt: now,
        history: [
          ...current.history,
          { at: now, what: 'return' as const, byMemberId: authority.member?._id ?? null, comment },
        ].slice(-HISTORY_KEPT),
      };
      await transaction
        .collection(REPORT_COLLECTIONS.reports)
        .doc(reportId)
        .set({ data: { ...stripId(current), ...change } });
      await writeAudit(transaction, {
        action: 'report.return',
        actor,
        unitPath: current.unitPath,
        details: { title: notice.title, unitName: unit.name },
      });
      return { ...current, ...change };
    });
    // The unit's admins hear of it; a failed message never undoes the return.
    try {
      const admins = await adminsOf([unit._id]);
      const names = await namesOf(admins.flatMap((admin) => (admin.memberId ? [admin.memberId] : [])));
      await messageUnitAdmins(notice, unit, admins, names, '报告已退回，请按意见修改后重新提交');
    } catch (error) {
      console.error('[reports] return message', error);
    }
    const [figures, names] = await Promise.all([figuresFor(record, notice._id, unit), historyNames(record)]);
    return viewOf(record, notice, unit, figures, authority, names);
  },
});
