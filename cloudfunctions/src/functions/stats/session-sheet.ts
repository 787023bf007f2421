import { AppError } from '../../../shared/errors';
import type { SheetRow, SheetStatus, SheetTotals } from '../../../shared/stats/views';
import { rate } from '../../../shared/stats/figures';
import { db } from '../../platform/cloud';
import { COUNTER_COLLECTION } from '../../platform/counters';
import { DIRECTORY, type MemberRecord, type UnitRecord } from '../../platform/directory';
import { iso } from '../../platform/directory-views';
import { countOf, rows } from '../../platform/query';
import { READ_COLLECTIONS, type AttendanceRow, type LeaveRow, type SessionRow } from './records';

async function listOf<T>(aggregation: { end(): unknown }): Promise<T[]> {
  return ((await aggregation.end()) as { list: T[] }).list;
}

export async function sessionById(sessionId: string): Promise<SessionRow> {
  const [session] = await rows<SessionRow>(
    db
      .collection(READ_COLLECTIONS.sessions)
      .where({ _id: sessionId })
      .field({ secret: false, geofence: false })
      .limit(1),
  );
  if (!session) throw new AppError('NOT_FOUND', '学习活动不存在或已被删除');
  return session;
}

interface AttendanceGroup {
  _id: { sessionId: string; status: AttendanceRow['status'] };
  n: number;
  /** Of those who came, how many also had an approved leave (they count as come, not on leave). */
  withLeave: number;
}

/**
 * The sheet's totals in three requests made at once, whatever the crowd: attendance grouped by 班次 and
 * status over the activity's index, approved leaves counted on theirs, and the subtree's active members
 * from the membership counters.
 */
export async function sheetTotals(session: SessionRow): Promise<SheetTotals> {
  const _ = db.command;
  const $ = _.aggregate;
  const [groups, approved, members] = await Promise.all([
    listOf<AttendanceGroup>(
      db
        .collection(READ_COLLECTIONS.attendance)
        .aggregate()
        .match({ activityId: session.activityId })
        .lookup({ from: READ_COLLECTIONS.leaves, localField: '_id', foreignField: '_id', as: 'lv' })
        .group({
          _id: { sessionId: '$sessionId', status: '$status' },
          n: $.sum(1),
          withLeave: $.sum($.cond([$.in(['approved', '$lv.status']), 1, 0])),
        })
        .limit(100),
    ),
    countOf(
      db.collection(READ_COLLECTIONS.leaves).where({ activityId: session.activityId, status: 'approved' }),
    ),
    listOf<{ active: number }>(
      db
        .collection(COUNTER_COLLECTION)
        .aggregate()
        .match({ unitPath: session.unitId, kind: 'members' })
        .group({ _id: null, active: $.sum('$values.active') }),
    ),
  ]);
  const totals = {
    expected: members[0]?.active ?? 0,
    present: 0,
    late: 0,
    manual: 0,
    otherShift: 0,
    leave: 0,
  };
  let cameWithLeave = 0;
  for (const group of groups) {
    cameWithLeave += group.withLeave;
    if (group._id.sessionId !== session._id) totals.otherShift += group.n;
    else totals[group._id.status] += group.n;
  }
  totals.leave = Math.max(0, approved - cameWithLeave);
  const came = totals.present + totals.late + totals.manual + totals.otherShift;
  const absent = Math.max(0, totals.expected - came - totals.leave);
  return { ...totals, absent, rate: rate(came, totals.expected) };
}

function statusOf(
  session: SessionRow,
  attendance: AttendanceRow | undefined,
  leave: LeaveRow | undefined,
  ended: boolean,
): SheetStatus {
  if (attendance) return attendance.sessionId === session._id ? attendance.status : 'other_shift';
  if (leave?.status === 'approved') return 'leave';
  return ended ? 'absent' : 'not_yet';
}

/**
 * Each member's line: their attendance and leave read by the (activity, member) unique index, two requests
 * for a page. (Not by `_id: $in`, which the local backend answers by scanning the whole collection.)
 */
export async function sheetRows(
  session: SessionRow,
  members: Pick<MemberRecord, '_id' | 'name' | 'unitId'>[],
  units: Map<string, UnitRecord>,
  ended: boolean,
): Promise<SheetRow[]> {
  const memberIds = members.map((member) => member._id);
  const byMember = <T>(collection: string) =>
    memberIds.length
      ? rows<T>(
          db
            .collection(collection)
            .where({ activityId: session.activityId, memberId: db.command.in(memberIds) })
            .limit(100),
        )
      : Promise.resolve([] as T[]);
  const [attendance, leaves] = await Promise.all([
    byMember<AttendanceRow>(READ_COLLECTIONS.attendance),
    byMember<LeaveRow>(READ_COLLECTIONS.leaves),
  ]);
  const came = new Map(attendance.map((row) => [row.memberId, row]));
  const away = new Map(leaves.map((row) => [row.memberId, row]));
  return members.map((member) => {
    const attended = came.get(member._id);
    return {
      memberId: member._id,
      name: member.name,
      unitName: units.get(member.unitId)?.name ?? '（已删除的单位）',
      status: statusOf(session, attended, away.get(member._id), ended),
      checkedInAt: attended ? iso(attended.checkedInAt) : null,
      checkedOutAt: attended?.checkedOutAt ? iso(attended.checkedOutAt) : null,
    };
  });
}

export const subtreeMembersWhere = (session: SessionRow) => ({ unitPath: session.unitId, status: 'active' });

/** For the printed sheet: everyone expected, in pages of 100 by id (never skipping). */
export async function allExpected(session: SessionRow, max: number) {
  const _ = db.command;
  const found: Pick<MemberRecord, '_id' | 'name' | 'unitId'>[] = [];
  for (;;) {
    const last = found[found.length - 1];
    const page = await rows<Pick<MemberRecord, '_id' | 'name' | 'unitId'>>(
      db
        .collection(DIRECTORY.members)
        .where(last ? { ...subtreeMembersWhere(session), _id: _.gt(last._id) } : subtreeMembersWhere(session))
        .orderBy('_id', 'asc')
        .field({ name: true, unitId: true })
        .limit(100),
    );
    found.push(...page);
    if (found.length > max)
      throw new AppError('SHEET_TOO_LARGE', `应到 ${found.length} 人以上，一次最多导出 ${max} 人`);
    if (page.length < 100) return found;
  }
}
