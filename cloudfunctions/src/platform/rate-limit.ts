import { AppError } from '../../shared/errors';
import { db } from './cloud';
import { isDuplicateKey } from './db-errors';
import { rows } from './query';

export const RATE_LIMIT_COLLECTION = 'rate_limits';

/** How many of one kind of attempt a person gets per window, e.g. wrong invite codes per 10 minutes. */
export interface RateLimit {
  /** Names the kind of attempt in the counter's id and in nothing shown to people. */
  name: string;
  limit: number;
  windowMs: number;
  /** What the person is told, before "请在 HH:mm 后再试". */
  message: string;
}

interface CounterRecord {
  _id: string;
  count: number;
  expiresAt: Date;
}

function windowOf(rule: RateLimit, subject: string, now: number) {
  const start = Math.floor(now / rule.windowMs) * rule.windowMs;
  return { id: `${rule.name}:${subject}:${start}`, resetsAt: new Date(start + rule.windowMs) };
}

const chinaClock = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);

function limited(rule: RateLimit, resetsAt: Date): AppError {
  return new AppError('RATE_LIMITED', `${rule.message}，请在 ${chinaClock(resetsAt)} 后再试`, {
    retryAt: resetsAt.toISOString(),
  });
}

/**
 * Per-person counters in fixed windows, one small document per person and window. `assertAllowed` reads
 * without counting (for limits on failures, counted by `count` only when an attempt fails); `take` counts
 * first and refuses past the limit (for limits on every attempt, and for guesses with `giveBack`).
 */
export const rateLimiter = {
  async assertAllowed(rule: RateLimit, subject: string, now = Date.now()): Promise<void> {
    const { id, resetsAt } = windowOf(rule, subject, now);
    const [counter] = await rows<CounterRecord>(
      db.collection(RATE_LIMIT_COLLECTION).where({ _id: id }).limit(1),
    );
    if (counter && counter.count >= rule.limit) throw limited(rule, resetsAt);
  },

  async count(rule: RateLimit, subject: string, now = Date.now()): Promise<number> {
    const { id, resetsAt } = windowOf(rule, subject, now);
    const counters = db.collection(RATE_LIMIT_COLLECTION);
    for (;;) {
      const { stats } = (await counters.doc(id).update({ data: { count: db.command.inc(1) } })) as {
        stats: { updated: number };
      };
      if (stats.updated === 1) break;
      try {
        await counters.add({ data: { _id: id, count: 1, expiresAt: resetsAt } });
        return 1;
      } catch (error) {
        // Another attempt of the same person created the window's counter first: count on it.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    const [counter] = await rows<CounterRecord>(counters.where({ _id: id }).limit(1));
    return counter?.count ?? 1;
  },

  async take(rule: RateLimit, subject: string, now = Date.now()): Promise<void> {
    const count = await this.count(rule, subject, now);
    if (count > rule.limit) throw limited(rule, windowOf(rule, subject, now).resetsAt);
  },

  /**
   * Gives back an attempt `take` counted, for limits on guesses: the guess is counted before it is judged,
   * so a burst of guesses in flight at once can never have more than `limit` judged, and a right guess
   * returns its count. Pass the `now` the attempt was taken at.
   */
  async giveBack(rule: RateLimit, subject: string, now: number): Promise<void> {
    const { id } = windowOf(rule, subject, now);
    await db
      .collection(RATE_LIMIT_COLLECTION)
      .doc(id)
      .update({ data: { count: db.command.inc(-1) } });
  },

  /** The id of the counter attempts count on now, for an action that reads it within a query of its own. */
  counterId(rule: RateLimit, subject: string, now = Date.now()): string {
    return windowOf(rule, subject, now).id;
  },

  /** `assertAllowed` for a counter value the action already read (see `counterId`). */
  assertCountAllowed(rule: RateLimit, subject: string, count: number, now = Date.now()): void {
    if (count >= rule.limit) throw limited(rule, windowOf(rule, subject, now).resetsAt);
  },
};
