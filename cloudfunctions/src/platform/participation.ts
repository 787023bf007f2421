import type { SessionKind } from '../../shared/sessions/kinds';
import { SESSION_COLLECTIONS } from '../../shared/sessions/storage';
import { REFLECTION_COLLECTIONS } from '../../shared/reflections/collections';
import {
  emptyFigures,
  rollUp,
  type NoticeTargets,
  type OwnRecords,
  type ReflectionFigures,
  type TreeUnit,
  type UnitFigures,
} from '../../shared/stats/figures';
import { db } from './cloud';
import { COUNTER_COLLECTION } from './counters';
import { DIRECTORY, type UnitRecord } from './directory';
import { allRows, rows } from './query';
import { withoutUnfinishedImports } from './unit-visibility';

/**
 * Participation figures of unit subtrees, shared by the statistics dashboard and the upward report. Every
 * figure comes from counters written with the records (members, reading) or from one grouped aggregation
 * per kind of record over a declared index (activities with their attendance, reflections): a fixed number
 * of database requests whatever the number of receipts, check-ins or reflections. Other domains' records
 * are read by collection name only.
 */

/** More rows than any grouped read returns: units × notices, activities, units × statuses. */
const MAX_GROUPS = 20_000;

export interface ParticipationOptions {
  /** Notices whose reading figures are wanted. */
  notices: NoticeTargets[];
  /** Count only the sessions and reflections linked to this notice (the report of one notice). */
  linkedNoticeId?: string | null;
  /** Activities that began before this instant count as held. */
  now?: Date;
  /** How attendance is counted (see `AttendanceCount`); `join` (one request) unless said. */
  attendance?: AttendanceCount;
}

async function listOf<T>(aggregation: { end(): unknown }): Promise<T[]> {
  return ((await aggregation.end()) as { list: T[] }).list;
}

/** The visible units of a subtree, its root first; pages of 100 (the server's cap). */
export async function subtreeUnits(unitId: string): Promise<UnitRecord[]> {
  const units = await withoutUnfinishedImports(
    await allRows<UnitRecord>(db.collection(DIRECTORY.units).where({ path: unitId })),
  );
  return units.sort((a, b) => a.depth - b.depth || (a.code ?? '').localeCompare(b.code ?? ''));
}

interface CounterGroup {
  _id: { unitId: string; noticeId?: string | null; kind?: string | null };
  active?: number;
  opened?: number;
  finished?: number;
  confirmed?: number;
}

/** Members and reading counters of the subtree, grouped by unit (and notice): one request. */
async function readCounterGroups(unitId: string, noticeIds: string[]): Promise<CounterGroup[]> {
  const _ = db.command;
  const $ = _.aggregate;
  const which = noticeIds.length
    ? _.or([{ kind: 'members' }, { noticeId: _.in(noticeIds) }])
    : { kind: 'members' };
  return listOf<CounterGroup>(
    db
      .collection(COUNTER_COLLECTION)
      .aggregate()
      .match(_.and([{ unitPath: unitId }, which]))
      .group({
        _id: { unitId: '$unitId', noticeId: '$noticeId', kind: '$kind' },
        active: $.sum('$values.active'),
        opened: $.sum('$values.opened'),
        finished: $.sum('$values.finished'),
        confirmed: $.sum('$values.confirmed'),
      })
      .limit(MAX_GROUPS),
  );
}

interface ActivityRow {
  _id: string;
  unitId: string;
  kind: SessionKind;
  startAt: Date;
  attended: number;
}

/**
 * How attendance is counted: `join` in the same aggregation as the activities (one request: the federation
 * table's budget), `indexed` by a second grouped read (what a unit's summary uses): on the attendance's
 * (activity, member) index for up to 100 activities, reading only the subtree's check-ins where the local
 * backend's `$lookup` copies the whole attendance collection; by the join beyond.
 */
export type AttendanceCount = 'join' | 'indexed';

/**
 * Up to this many activities, attendance is counted on the index; beyond, reading their check-ins one by one
 * from the index costs more than one join (measured by `npm run bench:summaries`), so the join is used.
 */
const INDEXED_ACTIVITIES = 100;

/**
 * The activities held in the subtree (a 班次 group counts once), each with how many came: one aggregation
 * over the sessions' subtree index, with the attendance counted as `count` says.
 */
export async function readActivities(
  unitId: string,
  options: { now: Date; linkedNoticeId?: string | null; since?: Date; count?: AttendanceCount },
): Promise<ActivityRow[]> {
  const _ = db.command;
  const $ = _.aggregate;
  const startAt = options.since ? _.gte(options.since).and(_.lte(options.now)) : _.lte(options.now);
  const activities = db
    .collection(SESSION_COLLECTIONS.sessions)
    .aggregate()
    .match({
      unitPath: unitId,
      startAt,
      status: 'scheduled',
      ...(options.linkedNoticeId ? { noticeId: options.linkedNoticeId } : {}),
    })
    .group({
      _id: '$activityId',
      unitId: $.first('$unitId'),
      kind: $.first('$kind'),
      startAt: $.min('$startAt'),
    });
  const joined = () =>
    listOf<ActivityRow>(
      activities
        .lookup({
          from: SESSION_COLLECTIONS.attendance,
          localField: '_id',
          foreignField: 'activityId',
          as: 'came',
        })
        .project({ unitId: 1, kind: 1, startAt: 1, attended: $.size('$came') })
        .limit(MAX_GROUPS),
    );
  if ((options.count ?? 'join') === 'join') return joined();
  const held = await listOf<Omit<ActivityRow, 'attended'>>(activities.limit(MAX_GROUPS));
  if (held.length === 0) return [];
  if (held.length > INDEXED_ACTIVITIES) return joined();
  const groups = await listOf<{ _id: string; n: number }>(
    db
      .collection(SESSION_COLLECTIONS.attendance)
      .aggregate()
      .match({ activityId: _.in(held.map((activity) => activity._id)) })
      .group({ _id: '$activityId', n: $.sum(1) })
      .limit(INDEXED_ACTIVITIES),
  );
  const came = new Map(groups.map((group) => [group._id, group.n]));
  return held.map((activity) => ({ ...activity, attended: came.get(activity._id) ?? 0 }));
}

interface ReflectionGroup {
  _id: { unitId: string; status: string };
  n: number;
}

/** Handed-in reflections of the subtree by unit and state: one aggregation over the review index. */
async function readReflectionGroups(
  unitId: string,
  linkedNoticeId?: string | null,
): Promise<ReflectionGroup[]> {
  const _ = db.command;
  return listOf<ReflectionGroup>(
    db
      .collection(REFLECTION_COLLECTIONS.reflections)
      .aggregate()
      .match({
        unitPath: unitId,
        status: _.in(['submitted', 'returned', 'published', 'featured']),
        ...(linkedNoticeId ? { noticeId: linkedNoticeId } : {}),
      })
      .group({ _id: { unitId: '$unitId', status: '$status' }, n: _.aggregate.sum(1) })
      .limit(MAX_GROUPS),
  );
}

/** The subtree's own records per unit: three grouped reads made at once (attendance counted by index adds one). */
export async function readOwnRecords(unitId: string, options: ParticipationOptions): Promise<OwnRecords> {
  const now = options.now ?? new Date();
  const [counters, activities, reflections] = await Promise.all([
    readCounterGroups(
      unitId,
      options.notices.map((notice) => notice._id),
    ),
    readActivities(unitId, { now, linkedNoticeId: options.linkedNoticeId, count: options.attendance }),
    readReflectionGroups(unitId, options.linkedNoticeId),
  ]);
  const own: OwnRecords = { members: new Map(), reading: new Map(), activities: [], reflections: new Map() };
  for (const group of counters) {
    const { unitId: unit, noticeId, kind } = group._id;
    if (kind === 'members') {
      own.members.set(unit, (own.members.get(unit) ?? 0) + (group.active ?? 0));
    } else if (noticeId) {
      const byNotice = own.reading.get(unit) ?? new Map();
      byNotice.set(noticeId, {
        opened: group.opened ?? 0,
        finished: group.finished ?? 0,
        confirmed: group.confirmed ?? 0,
      });
      own.reading.set(unit, byNotice);
    }
  }
  own.activities = activities.map(({ unitId: unit, kind, attended, startAt }) => ({
    unitId: unit,
    kind,
    attended,
    startAt,
  }));
  for (const { _id: group, n } of reflections) {
    const figures: ReflectionFigures = own.reflections.get(group.unitId) ?? {
      submitted: 0,
      published: 0,
      featured: 0,
    };
    figures.submitted += n;
    if (group.status === 'published' || group.status === 'featured') figures.published += n;
    if (group.status === 'featured') figures.featured += n;
    own.reflections.set(group.unitId, figures);
  }
  return own;
}

/** Every unit of the subtree with its rolled-up figures. */
export async function subtreeParticipation(
  unitId: string,
  options: ParticipationOptions,
): Promise<{ units: UnitRecord[]; figures: Map<string, UnitFigures>; own: OwnRecords }> {
  const [units, own] = await Promise.all([subtreeUnits(unitId), readOwnRecords(unitId, options)]);
  return { units, figures: rollUp(units as TreeUnit[], options.notices, own), own };
}

/** The notices' targets, by id (one request); unknown ids are left out. */
export async function noticeTargets(noticeIds: string[]): Promise<NoticeTargets[]> {
  if (noticeIds.length === 0) return [];
  return rows<NoticeTargets>(
    db
      .collection('notices')
      .where({ _id: db.command.in(noticeIds) })
      .field({ targetUnitIds: true })
      .limit(100),
  );
}

export interface NoticeParticipation {
  unitId: string;
  noticeId: string;
  members: number;
  reading: { expected: number; opened: number; finished: number; confirmed: number };
  sessions: UnitFigures['sessions'];
  /** Attended ÷ expected over the activities held, or null when none was held. */
  attendanceRate: number | null;
  reflections: ReflectionFigures;
}

/**
 * Figures of one unit's subtree for one notice (for the upward report): members; opened, finished and
 * confirmed readers; sessions held for the notice and their attendance rate; reflections on it submitted,
 * published and featured. Six requests for a subtree of up to 100 units (notice, units, four grouped
 * reads), whatever the records.
 */
export async function unitParticipation(
  unitId: string,
  noticeId: string,
  now: Date = new Date(),
): Promise<NoticeParticipation> {
  const notices = await noticeTargets([noticeId]);
  const { figures } = await subtreeParticipation(unitId, { notices, linkedNoticeId: noticeId, now });
  const unit = figures.get(unitId) ?? emptyFigures();
  const sessions = unit.sessions;
  return {
    unitId,
    noticeId,
    members: unit.members,
    reading: unit.reading[noticeId] ?? { expected: 0, opened: 0, finished: 0, confirmed: 0 },
    sessions,
    attendanceRate: sessions.expected > 0 ? sessions.attended / sessions.expected : null,
    reflections: unit.reflections,
  };
}
