import type { SheetCounts } from '../../../shared/sessions/sheet';
import type { SheetData } from './sheet-read';

/** The sheet's figures from the grouped counts of one aggregation (never from paging records). */
export function sheetCounts(data: SheetData): SheetCounts {
  const sessionId = data.session._id;
  const counts: SheetCounts = {
    expected: data.expected,
    present: 0,
    late: 0,
    manual: 0,
    checkedIn: 0,
    checkedOut: 0,
    otherShift: 0,
    leave: 0,
    leaveRequests: 0,
    notYet: data.notYet,
  };
  for (const { _id: group, n } of data.attendance) {
    if (group.sessionId !== sessionId) {
      counts.otherShift += n;
      continue;
    }
    counts[group.status] += n;
    counts.checkedIn += n;
    if (group.out) counts.checkedOut += n;
  }
  for (const { _id: group, n } of data.leaves) {
    if (group.came) continue;
    if (group.status === 'approved') counts.leave += n;
    if (group.status === 'pending') counts.leaveRequests += n;
  }
  return counts;
}
