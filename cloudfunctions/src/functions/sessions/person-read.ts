import { db } from '../../platform/cloud';
import { RATE_LIMIT_COLLECTION } from '../../platform/rate-limit';
import { SESSION_COLLECTIONS, type AttendanceRecord, type SessionRecord } from './records';

export interface PersonState {
  session: SessionRecord | null;
  /** The person's attendance of the session's activity, at this 班次 or another. */
  attendance: AttendanceRecord | null;
  /** Wrong codes the person typed in the rate limiter's current window. */
  failedGuesses: number;
}

type Joined = SessionRecord & {
  personKey: string;
  guessKey: string;
  mine: AttendanceRecord[];
  guesses: { count: number }[];
};

/**
 * A check-in's whole read in one database request: the session, the person's attendance of its activity and
 * their wrong-code counter, joined by key in one aggregation. With the caller's membership (read by the
 * router) and the insert, a check-in stays at three requests however many people arrive at once.
 */
export async function readPersonState(
  sessionId: string,
  memberId: string,
  guessCounterId: string,
): Promise<PersonState> {
  const $ = db.command.aggregate;
  const { list } = (await db
    .collection(SESSION_COLLECTIONS.sessions)
    .aggregate()
    .match({ _id: sessionId })
    .addFields({
      personKey: $.concat(['$activityId', ':', $.literal(memberId)]),
      guessKey: $.literal(guessCounterId),
    })
    .lookup({
      from: SESSION_COLLECTIONS.attendance,
      localField: 'personKey',
      foreignField: '_id',
      as: 'mine',
    })
    .lookup({ from: RATE_LIMIT_COLLECTION, localField: 'guessKey', foreignField: '_id', as: 'guesses' })
    .end()) as { list: Joined[] };
  const [found] = list;
  if (!found) return { session: null, attendance: null, failedGuesses: 0 };
  const { mine, guesses, personKey: _personKey, guessKey: _guessKey, ...session } = found;
  return { session, attendance: mine[0] ?? null, failedGuesses: guesses[0]?.count ?? 0 };
}
