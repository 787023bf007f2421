import type { ReportStatus } from '../../../shared/stats/views';

/**
 * HOOK for the reports domain (built in parallel, branch `reports`): a unit's upward report status for a
 * notice. Its collection and fields were not settled when this was written, so nothing is read and the
 * dashboard shows “报告状态待接入”. Once the reports function keeps one record per (notice, unit), read it
 * here by collection name with one request by id, as the other figures do.
 */
export async function reportStatusOf(
  _unitId: string,
  _noticeId: string | null,
): Promise<ReportStatus | null> {
  return null;
}
