import { SESSION_KINDS, type SessionKind } from '../sessions/kinds';

/** Reading of one notice: who should read it, and how many opened, finished and confirmed it. */
export interface ReadingFigures {
  expected: number;
  opened: number;
  finished: number;
  confirmed: number;
}

/** Study sessions held (activities that began and were not cancelled) and their attendance. */
export interface SessionFigures {
  held: number;
  byKind: Record<SessionKind, number>;
  /** People who came (on time, late or marked present), summed over the activities held. */
  attended: number;
  /** People expected, summed over the activities held (each: the active members of its unit's subtree). */
  expected: number;
}

export interface ReflectionFigures {
  /** Handed in: waiting for review, returned, published or featured. */
  submitted: number;
  /** Published, featured included. */
  published: number;
  featured: number;
}

/** One unit's figures; rolled up, they cover its whole subtree. */
export interface UnitFigures {
  members: number;
  /** By notice id. */
  reading: Record<string, ReadingFigures>;
  sessions: SessionFigures;
  reflections: ReflectionFigures;
}

export interface TreeUnit {
  _id: string;
  path: string[];
}

export interface NoticeTargets {
  _id: string;
  targetUnitIds: string[];
}

/** What a unit's own records say (not its sub-units'), as the counters and grouped counts hand it over. */
export interface OwnRecords {
  members: Map<string, number>;
  /** Unit → notice → reading counters. */
  reading: Map<string, Map<string, Omit<ReadingFigures, 'expected'>>>;
  /** One row per activity held by the unit. */
  activities: { unitId: string; kind: SessionKind; attended: number; startAt?: Date | string }[];
  reflections: Map<string, ReflectionFigures>;
}

export const emptyByKind = (): Record<SessionKind, number> =>
  Object.fromEntries(SESSION_KINDS.map((kind) => [kind, 0])) as Record<SessionKind, number>;

export const emptyFigures = (): UnitFigures => ({
  members: 0,
  reading: {},
  sessions: { held: 0, byKind: emptyByKind(), attended: 0, expected: 0 },
  reflections: { submitted: 0, published: 0, featured: 0 },
});

/** A share as a fraction, or null when nothing was expected (shown as “—”, never as 0 %). */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

function addInto(total: UnitFigures, part: UnitFigures): void {
  total.members += part.members;
  for (const [noticeId, figures] of Object.entries(part.reading)) {
    const into = (total.reading[noticeId] ??= { expected: 0, opened: 0, finished: 0, confirmed: 0 });
    into.expected += figures.expected;
    into.opened += figures.opened;
    into.finished += figures.finished;
    into.confirmed += figures.confirmed;
  }
  total.sessions.held += part.sessions.held;
  total.sessions.attended += part.sessions.attended;
  total.sessions.expected += part.sessions.expected;
  for (const kind of SESSION_KINDS) total.sessions.byKind[kind] += part.sessions.byKind[kind];
  total.reflections.submitted += part.reflections.submitted;
  total.reflections.published += part.reflections.published;
  total.reflections.featured += part.reflections.featured;
}

/**
 * Every unit's figures over its subtree: a parent's include its sub-units'. Expected readers of a notice
 * are the members of units inside one of its targets; an activity expects the active members of its
 * unit's subtree. Work is units × depth, whatever the number of records behind the figures.
 */
export function rollUp(
  units: TreeUnit[],
  notices: NoticeTargets[],
  own: OwnRecords,
): Map<string, UnitFigures> {
  const known = new Map(units.map((unit) => [unit._id, unit]));
  const subtreeMembers = new Map<string, number>();
  for (const [unitId, count] of own.members) {
    for (const ancestor of known.get(unitId)?.path ?? []) {
      if (known.has(ancestor)) subtreeMembers.set(ancestor, (subtreeMembers.get(ancestor) ?? 0) + count);
    }
  }
  const ownFigures = new Map<string, UnitFigures>();
  for (const unit of units) {
    const figures = emptyFigures();
    const members = own.members.get(unit._id) ?? 0;
    figures.members = members;
    const counted = own.reading.get(unit._id);
    for (const notice of notices) {
      const inTarget = notice.targetUnitIds.some((target) => unit.path.includes(target));
      const read = counted?.get(notice._id);
      figures.reading[notice._id] = {
        expected: inTarget ? members : 0,
        opened: read?.opened ?? 0,
        finished: read?.finished ?? 0,
        confirmed: read?.confirmed ?? 0,
      };
    }
    const reflections = own.reflections.get(unit._id);
    if (reflections) figures.reflections = { ...reflections };
    ownFigures.set(unit._id, figures);
  }
  for (const activity of own.activities) {
    const figures = ownFigures.get(activity.unitId);
    if (!figures) continue;
    figures.sessions.held += 1;
    figures.sessions.byKind[activity.kind] += 1;
    figures.sessions.attended += activity.attended;
    figures.sessions.expected += subtreeMembers.get(activity.unitId) ?? 0;
  }
  const rolled = new Map<string, UnitFigures>();
  for (const unit of units) rolled.set(unit._id, emptyFigures());
  for (const unit of units) {
    const figures = ownFigures.get(unit._id) as UnitFigures;
    for (const ancestor of unit.path) {
      const total = rolled.get(ancestor);
      if (total) addInto(total, figures);
    }
  }
  return rolled;
}
