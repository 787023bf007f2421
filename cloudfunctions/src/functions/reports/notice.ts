import { AppError } from '../../../shared/errors';
import { chinaDayStart } from '../../../shared/platform/china-time';
import { recordById } from '../../platform/directory-lookup';
import type { UnitRecord } from '../../platform/directory';

/** The notices domain's record as this domain reads it: by collection name, through the generic lookup. */
export interface ReportedNotice {
  _id: string;
  title: string;
  targetUnitIds: string[];
  /** China calendar date, YYYY-MM-DD. */
  deadline: string;
  archived: boolean;
}

const NOTICES_COLLECTION = 'notices';
const DAY_MS = 24 * 60 * 60 * 1000;

/** A notice that asks units to report by a deadline; one without a deadline asks no report. */
export async function reportedNotice(noticeId: string): Promise<ReportedNotice> {
  const notice = await recordById<{
    title?: string;
    targetUnitIds?: string[];
    reportDeadline?: string | null;
    status?: string;
  }>(NOTICES_COLLECTION, noticeId, '通知');
  if (!notice.reportDeadline) throw new AppError('NO_REPORT_DEADLINE');
  return {
    _id: noticeId,
    title: String(notice.title ?? ''),
    targetUnitIds: notice.targetUnitIds ?? [],
    deadline: notice.reportDeadline,
    archived: notice.status === 'archived',
  };
}

/** The deadline day counts until 24:00 China time: a report submitted from then on is late. */
export const lateFrom = (deadline: string) => new Date(chinaDayStart(deadline).getTime() + DAY_MS);

/** The unit lies in the subtree of one of the notice's targets. */
export const insideTargets = (notice: ReportedNotice, unit: Pick<UnitRecord, 'path'>) =>
  notice.targetUnitIds.some((target) => unit.path.includes(target));
