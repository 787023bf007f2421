import type { ReportStatus } from '../../../shared/stats/views';
import { db } from '../../platform/cloud';
import { rows } from '../../platform/query';

/**
 * The reports domain's record of a unit's upward report on a notice, read by collection name (never through
 * its code): one document whose id is `<noticeId>:<unitId>`, with its state and whether it came late.
 */
const REPORTS = 'reports';

interface ReportRow {
  status: 'draft' | 'submitted' | 'returned';
  late?: boolean;
}

const LABELS: Record<ReportRow['status'], string> = {
  draft: '草稿（未提交）',
  submitted: '已提交',
  returned: '退回修改',
};

/** A unit's report status on a notice: one read by id; “未提交” when the unit has not written one. */
export async function reportStatusOf(unitId: string, noticeId: string | null): Promise<ReportStatus | null> {
  if (!noticeId) return null;
  const [report] = await rows<ReportRow>(
    db
      .collection(REPORTS)
      .where({ _id: `${noticeId}:${unitId}` })
      .field({ status: true, late: true })
      .limit(1),
  );
  if (!report) return { status: 'missing', label: '未提交' };
  const label = LABELS[report.status] ?? report.status;
  return {
    status: report.status,
    label: report.status === 'submitted' && report.late ? `${label}（逾期）` : label,
  };
}
