/**
 * A unit's report on a notice: a draft while the admin writes, submitted, returned by the federation with a
 * comment, submitted again… Every change of state goes through `nextReportStatus`.
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回修改',
};

export type ReportMove = 'save' | 'submit' | 'return';

/** `null` is a report nobody has saved yet. A returned report stays returned while it is revised. */
export function nextReportStatus(current: ReportStatus | null, move: ReportMove): ReportStatus | null {
  switch (move) {
    case 'save':
      return current === null || current === 'draft' ? 'draft' : current === 'returned' ? 'returned' : null;
    case 'submit':
      return current === 'submitted' ? null : 'submitted';
    case 'return':
      return current === 'submitted' ? 'returned' : null;
  }
}

/** Why a move is refused, in the words of the person trying it. */
export function reportRefusal(current: ReportStatus | null, move: ReportMove): string {
  const state = current ? `“${REPORT_STATUS_LABELS[current]}”` : '尚未填写';
  const what: Record<ReportMove, string> = {
    save: '修改（已提交的报告如需修改，请联系市总工会退回）',
    submit: '再次提交（报告已提交）',
    return: '退回（只有已提交的报告可以退回）',
  };
  return `报告${state}，不能${what[move]}`;
}

/** How the federation sees a unit on the notice: 未提交 / 已提交 / 逾期 (not submitted after the deadline). */
export type ReportStanding = 'missing' | 'submitted' | 'overdue';

export const REPORT_STANDING_LABELS: Record<ReportStanding, string> = {
  missing: '未提交',
  submitted: '已提交',
  overdue: '逾期',
};

/** "12月11日" of a deadline (a China calendar date, YYYY-MM-DD). */
export function deadlineText(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `${month}月${date}日`;
}
