import { AppError } from '../../../shared/errors';
import { formatChinaDateTime } from '../../../shared/platform/china-time';
import type { CodePurpose } from '../../../shared/sessions/codes';
import { judgeLocation, type LocationReading } from '../../../shared/sessions/geo';
import { checkInPhase, checkInWindow } from '../../../shared/sessions/window';
import { rateLimiter } from '../../platform/rate-limit';
import { CODE_GUESSES } from './guesses';
import type { SessionRecord } from './records';
import { verifyCode } from './totp';

/** Refuses a check-in outside its window, naming when it opens. Answers whether the person is late. */
export function assertCheckInOpen(session: SessionRecord, now: number): { late: boolean } {
  const phase = checkInPhase(session, now);
  if (phase === 'not_open') {
    const opensAt = checkInWindow(session).opensAt;
    throw new AppError('NOT_OPEN', `签到尚未开始，将于 ${formatChinaDateTime(opensAt, new Date(now))} 开放`, {
      opensAt: opensAt.toISOString(),
    });
  }
  if (phase === 'closed') throw new AppError('CLOSED');
  return { late: phase === 'late' };
}

/** Checks a typed or scanned code; a wrong one counts against the person's allowance of guesses. */
export async function assertCode(
  session: SessionRecord,
  purpose: CodePurpose,
  code: string,
  openid: string,
  now: number,
): Promise<void> {
  const verdict = verifyCode(session.secret, purpose, code, now);
  if (verdict === 'expired') throw new AppError('CODE_EXPIRED');
  if (verdict === 'invalid') {
    // Counted, and past the limit answered as such: of wrong codes sent at once, at most the limit are told
    // CODE_INVALID (the caller's check before judging saw the count of an earlier moment).
    await rateLimiter.take(CODE_GUESSES, openid, now);
    throw new AppError('CODE_INVALID');
  }
}

/** Where the person is must be inside the fence, if the session has one; answers the distance kept. */
export function assertInsideFence(
  session: SessionRecord,
  location: LocationReading | undefined,
): number | null {
  if (!session.geofence) return null;
  if (!location) throw new AppError('LOCATION_REQUIRED');
  const verdict = judgeLocation(session.geofence, location);
  if (verdict.inside) return verdict.distance;
  if (verdict.reason === 'inaccurate') {
    throw new AppError(
      'LOCATION_INACCURATE',
      `当前定位误差约 ${Math.round(verdict.accuracy)} 米，超过签到范围（${session.geofence.radiusMeters} 米），请到开阔处稍候再试`,
      { accuracy: verdict.accuracy, radiusMeters: session.geofence.radiusMeters },
    );
  }
  throw new AppError(
    'OUT_OF_RANGE',
    `您距离签到地点约 ${verdict.distance} 米，超出签到范围（${session.geofence.radiusMeters} 米）`,
    { distanceMeters: verdict.distance, radiusMeters: session.geofence.radiusMeters },
  );
}
