import type { ReportReminderState, ReportStatusRow } from '../../../shared/reports/report';
import type { ReportStanding } from '../../../shared/reports/status';
import { chinaDate, nextChinaMidnight } from '../../../shared/platform/china-time';
import type { UnreachablePerson } from '../../../shared/platform/notifications';
import { db } from '../../platform/cloud';
import { DIRECTORY, type MemberRecord, type UnitRecord } from '../../platform/directory';
import { loadUnitsById, unitName } from '../../platform/directory-lookup';
import { rows } from '../../platform/query';
import { lateFrom, type ReportedNotice } from './notice';
import {
  REPORT_COLLECTIONS,
  reportReminderId,
  type ReportRecord,
  type ReportReminderRecord,
} from './records';
import { MAX_REPORTING_UNITS } from './reporting-units';

/** What the board reads of each report: everything but its text. */
type ReportState = Pick<ReportRecord, '_id' | 'unitId' | 'status' | 'submittedAt' | 'late'>;

/** The notice's reports (within a subtree) without their text, in one aggregation. */
export async function reportStates(noticeId: string, within?: string): Promise<Map<string, ReportState>> {
  const listed = (await db
    .collection(REPORT_COLLECTIONS.reports)
    .aggregate()
    .match(within ? { noticeId, unitPath: within } : { noticeId })
    .project({ unitId: 1, status: 1, submittedAt: 1, late: 1 })
    .limit(MAX_REPORTING_UNITS)
    .end()) as { list: ReportState[] };
  return new Map(listed.list.map((report) => [report.unitId, report]));
}

export function standingOf(
  status: ReportRecord['status'] | null,
  deadline: string,
  now: number,
): ReportStanding {
  if (status === 'submitted') return 'submitted';
  return now >= lateFrom(deadline).getTime() ? 'overdue' : 'missing';
}

export async function statusRows(
  notice: ReportedNotice,
  units: UnitRecord[],
  reports: Map<string, ReportState>,
  now: number,
): Promise<ReportStatusRow[]> {
  const parents = await loadUnitsById(units.map((unit) => unit.parentId ?? '').filter(Boolean));
  return units.map((unit) => {
    const report = reports.get(unit._id);
    const status = report?.status ?? null;
    return {
      unitId: unit._id,
      unitName: unit.name,
      parentName: unit.parentId ? unitName(parents, unit.parentId) : '',
      standing: standingOf(status, notice.deadline, now),
      status,
      submittedAt: report?.submittedAt ? new Date(report.submittedAt).toISOString() : null,
      late: status === 'submitted' && (report?.late ?? false),
    };
  });
}

/** How many of a reminder's unreachable admins the board names; the count covers the rest. */
const NAMED_UNREACHABLE = 100;

export async function namedUnreachable(
  unreachable: NonNullable<ReportReminderRecord['outcome']>['unreachable'],
): Promise<UnreachablePerson[]> {
  const shown = unreachable.slice(0, NAMED_UNREACHABLE);
  if (shown.length === 0) return [];
  const [members, units] = await Promise.all([
    rows<MemberRecord>(
      db
        .collection(DIRECTORY.members)
        .where({ _id: db.command.in(shown.map((person) => person.memberId)) })
        .field({ name: true })
        .limit(NAMED_UNREACHABLE),
    ),
    loadUnitsById(shown.map((person) => person.unitId)),
  ]);
  const names = new Map(members.map((member) => [member._id, member.name]));
  return shown.map(({ memberId, reason, unitId }) => ({
    memberId,
    reason,
    name: names.get(memberId) ?? '（已离开的管理员）',
    unitName: unitName(units, unitId),
  }));
}

/** Whether the missing units may be reminded now (once per notice and China day), and today's outcome. */
export async function reminderState(noticeId: string, now: number): Promise<ReportReminderState> {
  const [today] = await rows<ReportReminderRecord>(
    db
      .collection(REPORT_COLLECTIONS.reminders)
      .where({ _id: reportReminderId(noticeId, chinaDate(now)) })
      .limit(1),
  );
  if (!today) return { allowed: true, nextAllowedAt: null, today: null };
  return {
    allowed: false,
    nextAllowedAt: nextChinaMidnight(now).toISOString(),
    today: {
      at: new Date(today.at).toISOString(),
      sent: today.outcome?.sent ?? 0,
      unreachable: await namedUnreachable(today.outcome?.unreachable ?? []),
      unreachableCount: today.outcome?.unreachable.length ?? 0,
    },
  };
}
