import type { ParticipationFigures } from '../../../shared/reports/figures';
import type { ReportView } from '../../../shared/reports/report';
import type { Authority } from '../../platform/authority';
import { db } from '../../platform/cloud';
import { DIRECTORY, type MemberRecord, type UnitRecord } from '../../platform/directory';
import { reportFigures } from './figures';
import { rows } from '../../platform/query';
import { lateFrom, type ReportedNotice } from './notice';
import { REPORT_COLLECTIONS, reportId, type ReportRecord } from './records';

const iso = (at: Date | string | null) => (at ? new Date(at).toISOString() : null);

export async function reportOf(noticeId: string, unitId: string): Promise<ReportRecord | null> {
  const [record] = await rows<ReportRecord>(
    db
      .collection(REPORT_COLLECTIONS.reports)
      .where({ _id: reportId(noticeId, unitId) })
      .limit(1),
  );
  return record ?? null;
}

/** Figures frozen at submission while the report is with the federation; otherwise as they stand now. */
export async function figuresFor(
  record: ReportRecord | null,
  noticeId: string,
  unit: UnitRecord,
): Promise<{ figures: ParticipationFigures; live: boolean }> {
  if (record?.status === 'submitted' && record.figures) return { figures: record.figures, live: false };
  return { figures: await reportFigures(noticeId, unit), live: true };
}

/** Names of the people in a report's history, read from their memberships now (never stored on it). */
export async function historyNames(record: ReportRecord | null): Promise<Map<string, string>> {
  const ids = [
    ...new Set((record?.history ?? []).flatMap((entry) => (entry.byMemberId ? [entry.byMemberId] : []))),
  ];
  if (ids.length === 0) return new Map();
  const members = await rows<MemberRecord>(
    db
      .collection(DIRECTORY.members)
      .where({ _id: db.command.in(ids) })
      .field({ name: true, status: true })
      .limit(100),
  );
  return new Map(members.map((member) => [member._id, member.name]));
}

export function viewOf(
  record: ReportRecord | null,
  notice: ReportedNotice,
  unit: UnitRecord,
  figures: { figures: ParticipationFigures; live: boolean },
  authority: Authority,
  names: Map<string, string>,
  now = Date.now(),
): ReportView {
  const status = record?.status ?? null;
  const ownAdmin = authority.grants.some((grant) => grant.role === 'unit_admin' && grant.unitId === unit._id);
  const late = lateFrom(notice.deadline);
  return {
    _id: reportId(notice._id, unit._id),
    noticeId: notice._id,
    noticeTitle: notice.title,
    unitId: unit._id,
    unitName: unit.name,
    deadline: notice.deadline,
    lateFrom: late.toISOString(),
    overdue: status !== 'submitted' && now >= late.getTime(),
    status,
    measures: record?.measures ?? '',
    highlights: record?.highlights ?? '',
    problems: record?.problems ?? '',
    figures: figures.figures,
    figuresLive: figures.live,
    submittedAt: iso(record?.submittedAt ?? null),
    firstSubmittedAt: iso(record?.firstSubmittedAt ?? null),
    late: record?.late ?? false,
    returnComment: status === 'returned' ? (record?.returnComment ?? null) : null,
    returnedAt: iso(record?.returnedAt ?? null),
    updatedAt: iso(record?.updatedAt ?? null),
    history: (record?.history ?? []).map((entry) => ({
      at: new Date(entry.at).toISOString(),
      what: entry.what,
      byName:
        (entry.byMemberId ? names.get(entry.byMemberId) : undefined) ??
        (entry.what === 'return' ? '市总工会' : '单位管理员'),
      comment: entry.comment,
    })),
    canEdit: ownAdmin && status !== 'submitted',
    canReturn: authority.isFederationAdmin && status === 'submitted',
  };
}
