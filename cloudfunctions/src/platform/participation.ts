import { ratePercent, type ParticipationFigures } from '../../shared/platform/participation';
import { REFLECTION_COLLECTIONS } from '../../shared/reflections/collections';
import { SESSION_COLLECTIONS } from '../../shared/sessions/storage';
import { db } from './cloud';
import { COUNTER_COLLECTION } from './counters';
import type { UnitRecord } from './directory';
import { countOf } from './query';

/** More sessions on one notice than any subtree holds; beyond it attendance counts the first ones only. */
export const MAX_COUNTED_SESSIONS = 1_000;

interface Sums {
  _id: null;
  active?: number;
  opened?: number;
  finished?: number;
  confirmed?: number;
  n?: number;
  ids?: string[];
}

async function single(aggregation: { end(): unknown }): Promise<Sums | undefined> {
  return ((await aggregation.end()) as { list: Sums[] }).list[0];
}

/**
 * The figures of one unit's subtree for one notice in a fixed number of requests, however many people it
 * has: members from the membership counters, reading from the notice's reading counters (both summed over
 * the indexed `unitPath`), sessions and reflections as indexed counts. Nothing pages raw records.
 * Collections are read by name: this module belongs to no domain.
 */
export async function subtreeFigures(
  noticeId: string,
  unit: Pick<UnitRecord, '_id'>,
  now = Date.now(),
): Promise<ParticipationFigures> {
  const _ = db.command;
  const $ = _.aggregate;
  const [members, reading, sessions, reflections, featured] = await Promise.all([
    single(
      db
        .collection(COUNTER_COLLECTION)
        .aggregate()
        .match({ kind: 'members', unitPath: unit._id })
        .group({ _id: null, active: $.sum('$values.active') }),
    ),
    single(
      db
        .collection(COUNTER_COLLECTION)
        .aggregate()
        .match({ noticeId, unitPath: unit._id })
        .group({
          _id: null,
          opened: $.sum('$values.opened'),
          finished: $.sum('$values.finished'),
          confirmed: $.sum('$values.confirmed'),
        }),
    ),
    single(
      db
        .collection(SESSION_COLLECTIONS.sessions)
        .aggregate()
        .match({ unitPath: unit._id, noticeId, status: 'scheduled', startAt: _.lte(new Date(now)) })
        .limit(MAX_COUNTED_SESSIONS)
        .group({ _id: null, n: $.sum(1), ids: $.push('$_id') }),
    ),
    countOf(
      db
        .collection(REFLECTION_COLLECTIONS.submissions)
        .where({ noticeId, unitPath: unit._id, handedIn: _.gt(0) }),
    ),
    countOf(
      db
        .collection(REFLECTION_COLLECTIONS.reflections)
        .where({ unitPath: unit._id, status: 'featured', noticeId }),
    ),
  ]);
  const sessionIds = sessions?.ids ?? [];
  const attendance = sessionIds.length
    ? await countOf(db.collection(SESSION_COLLECTIONS.attendance).where({ sessionId: _.in(sessionIds) }))
    : 0;
  const memberCount = Math.max(0, members?.active ?? 0);
  const opened = reading?.opened ?? 0;
  const confirmed = reading?.confirmed ?? 0;
  return {
    members: memberCount,
    opened,
    finished: reading?.finished ?? 0,
    confirmed,
    readRate: ratePercent(opened, memberCount),
    confirmedRate: ratePercent(confirmed, memberCount),
    sessionsHeld: sessions?.n ?? 0,
    attendance,
    reflections,
    featuredReflections: featured,
    computedAt: new Date(now).toISOString(),
  };
}
