import { chinaDayStart, chinaWeekStart } from '../../../shared/platform/china-time';
import { emptyFigures, rate, type UnitFigures } from '../../../shared/stats/figures';
import type { ChildRates, NoticeReadingRow, TrendWeek, UnitSummary } from '../../../shared/stats/views';
import { db } from '../../platform/cloud';
import type { UnitRecord } from '../../platform/directory';
import { iso } from '../../platform/directory-views';
import { subtreeParticipation } from '../../platform/participation';
import { rows } from '../../platform/query';
import { READ_COLLECTIONS, type NoticeRow } from './records';
import { reportStatusOf } from './report-status';

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
export const TREND_WEEKS = 8;
/** The newest notices sent into the subtree that the summary shows. */
export const SUMMARY_NOTICES = 10;

async function listOf<T>(aggregation: { end(): unknown }): Promise<T[]> {
  return ((await aggregation.end()) as { list: T[] }).list;
}

/** Notices sent to the subtree or to a unit above it, newest first: one request. */
async function noticesFor(unit: UnitRecord): Promise<NoticeRow[]> {
  const _ = db.command;
  return rows<NoticeRow>(
    db
      .collection(READ_COLLECTIONS.notices)
      .where(
        _.and([
          { status: 'published' },
          _.or([{ audienceUnitIds: unit._id }, { targetUnitIds: _.in(unit.path) }]),
        ]),
      )
      .orderBy('publishedAt', 'desc')
      .field({ title: true, targetUnitIds: true, publishedAt: true })
      .limit(SUMMARY_NOTICES),
  );
}

/** Which of the trend's weeks an instant falls in (0 = the oldest), computed by the database. */
const weekOf = (field: string, since: Date) => {
  const $ = db.command.aggregate;
  return $.floor($.divide([$.subtract([field, since]), WEEK_MS]));
};

/**
 * Confirmed readings and handed-in reflections per China week since `since`: two grouped counts over
 * indexes on (unitPath, time), bounded by the weeks, not by the records.
 */
async function weeklyCounts(unitId: string, since: Date) {
  const _ = db.command;
  const $ = _.aggregate;
  const [confirmed, reflections] = await Promise.all([
    listOf<{ _id: number; n: number }>(
      db
        .collection(READ_COLLECTIONS.receipts)
        .aggregate()
        .match({ unitPath: unitId, confirmedAt: _.gte(since) })
        .group({ _id: weekOf('$confirmedAt', since), n: $.sum(1) })
        .limit(TREND_WEEKS + 1),
    ),
    listOf<{ _id: number; n: number }>(
      db
        .collection(READ_COLLECTIONS.reflections)
        .aggregate()
        .match({
          unitPath: unitId,
          status: _.in(['submitted', 'returned', 'published', 'featured']),
          submittedAt: _.gte(since),
        })
        .group({ _id: weekOf('$submittedAt', since), n: $.sum(1) })
        .limit(TREND_WEEKS + 1),
    ),
  ]);
  return { confirmed, reflections };
}

/** The first instant of the oldest week the trend shows (a Monday, China time). */
export function trendStart(now: number): Date {
  return new Date(chinaDayStart(chinaWeekStart(now)).getTime() - (TREND_WEEKS - 1) * WEEK_MS);
}

function readingRow(notice: NoticeRow, figures: UnitFigures): NoticeReadingRow {
  const reading = figures.reading[notice._id] ?? { expected: 0, opened: 0, finished: 0, confirmed: 0 };
  return {
    noticeId: notice._id,
    title: notice.title,
    publishedAt: iso(notice.publishedAt),
    ...reading,
    openedRate: rate(reading.opened, reading.expected),
    finishedRate: rate(reading.finished, reading.expected),
    confirmedRate: rate(reading.confirmed, reading.expected),
  };
}

/**
 * A unit's dashboard: its subtree's members, reading of each recent notice, sessions held by kind and the
 * attendance rate, reflections, report status, an 8-week trend and the rates of each direct sub-unit. A
 * fixed number of requests (plus one per 100 units of the subtree), whatever the records behind them.
 */
export async function unitSummary(unit: UnitRecord, now: number): Promise<UnitSummary> {
  const since = trendStart(now);
  const notices = await noticesFor(unit);
  const [{ units, figures, own }, weekly, report] = await Promise.all([
    subtreeParticipation(unit._id, { notices, now: new Date(now), attendance: 'indexed' }),
    weeklyCounts(unit._id, since),
    reportStatusOf(unit._id, notices[0]?._id ?? null),
  ]);
  const mine = figures.get(unit._id) ?? emptyFigures();
  const trend: TrendWeek[] = Array.from({ length: TREND_WEEKS }, (_, index) => ({
    week: chinaWeekStart(since.getTime() + index * WEEK_MS + DAY_MS),
    sessionsHeld: 0,
    attendanceRate: null,
    confirmed: 0,
    reflections: 0,
  }));
  const attendance = trend.map(() => ({ attended: 0, expected: 0 }));
  for (const activity of own.activities) {
    if (!activity.startAt) continue;
    const week = Math.floor((new Date(activity.startAt).getTime() - since.getTime()) / WEEK_MS);
    if (week < 0 || week >= TREND_WEEKS) continue;
    trend[week].sessionsHeld += 1;
    attendance[week].attended += activity.attended;
    attendance[week].expected += figures.get(activity.unitId)?.members ?? 0;
  }
  attendance.forEach((week, index) => (trend[index].attendanceRate = rate(week.attended, week.expected)));
  for (const { _id: week, n } of weekly.confirmed) if (trend[week]) trend[week].confirmed += n;
  for (const { _id: week, n } of weekly.reflections) if (trend[week]) trend[week].reflections += n;
  const newest = notices[0]?._id;
  const children: ChildRates[] = units
    .filter((child) => child.parentId === unit._id)
    .map((child) => {
      const childFigures = figures.get(child._id) ?? emptyFigures();
      const reading = newest ? childFigures.reading[newest] : undefined;
      return {
        unitId: child._id,
        unitName: child.name,
        members: childFigures.members,
        confirmedRate: reading ? rate(reading.confirmed, reading.expected) : null,
        attendanceRate: rate(childFigures.sessions.attended, childFigures.sessions.expected),
      };
    });
  return {
    unit: { _id: unit._id, name: unit.name },
    members: mine.members,
    notices: notices.map((notice) => readingRow(notice, mine)),
    sessions: { ...mine.sessions, rate: rate(mine.sessions.attended, mine.sessions.expected) },
    reflections: mine.reflections,
    report,
    trend,
    children,
  };
}
