import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { reminderState, reportStates, statusRows } from '../board';
import { lateFrom, reportedNotice } from '../notice';
import { reportingUnits } from '../reporting-units';

/**
 * The federation's board for a notice: every unit that must report, 未提交 / 已提交 / 逾期, and whether the
 * missing ones may be reminded today. A fixed number of requests however many units report.
 */
export const status = defineAction('reports', 'status', {
  access: federationAdmin,
  async run({ noticeId }) {
    const now = Date.now();
    const notice = await reportedNotice(noticeId);
    const [units, reports, reminder] = await Promise.all([
      reportingUnits(notice),
      reportStates(noticeId),
      reminderState(noticeId, now),
    ]);
    const rows = await statusRows(notice, units, reports, now);
    const count = (predicate: (row: (typeof rows)[number]) => boolean) => rows.filter(predicate).length;
    return {
      notice: { _id: notice._id, title: notice.title, deadline: notice.deadline },
      lateFrom: lateFrom(notice.deadline).toISOString(),
      totals: {
        units: rows.length,
        submitted: count((row) => row.standing === 'submitted'),
        missing: count((row) => row.standing === 'missing'),
        overdue: count((row) => row.standing === 'overdue'),
        returned: count((row) => row.status === 'returned'),
      },
      units: rows,
      reminder,
    };
  },
});
