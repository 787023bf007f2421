/**
 * When a session takes check-ins and check-outs. Pure, so the function decides and the phone explains with
 * the same rules: the window opens `openBeforeMinutes` before the start, a check-in more than
 * LATE_AFTER_MINUTES after the start is late, and it closes at the end or when the leader closes it.
 */
export const DEFAULT_OPEN_BEFORE_MINUTES = 30;
export const MAX_OPEN_BEFORE_MINUTES = 240;
export const LATE_AFTER_MINUTES = 5;
/** People leave when it ends: check-out stays open this long after the end. */
export const CHECK_OUT_GRACE_MINUTES = 30;
/** A session lasts at most a week (a training class of several days); longer is a typing mistake. */
export const MAX_SESSION_DAYS = 7;

const MINUTE = 60_000;

export interface SessionTimes {
  startAt: Date | string;
  endAt: Date | string;
  openBeforeMinutes: number;
  /** When the leader closed check-in early; null while it follows the schedule. */
  closedAt: Date | string | null;
}

export interface CheckInWindow {
  opensAt: Date;
  /** A check-in after this instant is late. */
  lateAfter: Date;
  closesAt: Date;
}

export type CheckInPhase = 'not_open' | 'open' | 'late' | 'closed';

const time = (value: Date | string) => new Date(value).getTime();

export function checkInWindow(session: SessionTimes): CheckInWindow {
  const start = time(session.startAt);
  const end = time(session.endAt);
  const closed = session.closedAt === null ? end : Math.min(end, time(session.closedAt));
  return {
    opensAt: new Date(start - session.openBeforeMinutes * MINUTE),
    lateAfter: new Date(start + LATE_AFTER_MINUTES * MINUTE),
    closesAt: new Date(closed),
  };
}

/** Opening and closing instants are exact: open from `opensAt` on, late strictly after `lateAfter`, closed at `closesAt`. */
export function checkInPhase(session: SessionTimes, now: Date | number): CheckInPhase {
  const at = new Date(now).getTime();
  const window = checkInWindow(session);
  if (at >= window.closesAt.getTime()) return 'closed';
  if (at < window.opensAt.getTime()) return 'not_open';
  return at > window.lateAfter.getTime() ? 'late' : 'open';
}

/** Check-out runs from the start until a while after the end, whether or not check-in was closed early. */
export function checkOutOpen(session: Pick<SessionTimes, 'startAt' | 'endAt'>, now: Date | number): boolean {
  const at = new Date(now).getTime();
  return at >= time(session.startAt) && at < time(session.endAt) + CHECK_OUT_GRACE_MINUTES * MINUTE;
}

/** What is wrong with a start and end a person chose, or null. */
export function sessionTimesProblem(startAt: Date | string, endAt: Date | string): string | null {
  const start = time(startAt);
  const end = time(endAt);
  if (end <= start) return '结束时间应晚于开始时间';
  if (end - start > MAX_SESSION_DAYS * 24 * 60 * MINUTE) return `一次学习活动最长 ${MAX_SESSION_DAYS} 天`;
  return null;
}
