import { ratePercent, type ParticipationFigures } from '../../../shared/reports/figures';
import type { UnitRecord } from '../../platform/directory';
import { unitParticipation } from '../../platform/participation';

/**
 * The report's figures of a unit's subtree for a notice, from the shared participation module (counters
 * and grouped counts, a fixed number of requests).
 */
export async function reportFigures(
  noticeId: string,
  unit: Pick<UnitRecord, '_id'>,
  now = Date.now(),
): Promise<ParticipationFigures> {
  const figures = await unitParticipation(unit._id, noticeId, new Date(now));
  const { expected, opened, finished, confirmed } = figures.reading;
  return {
    members: figures.members,
    expected,
    opened,
    finished,
    confirmed,
    readRate: ratePercent(opened, expected),
    confirmedRate: ratePercent(confirmed, expected),
    sessionsHeld: figures.sessions.held,
    attendance: figures.sessions.attended,
    attendanceRate: figures.attendanceRate === null ? null : Math.round(figures.attendanceRate * 100),
    reflections: figures.reflections.submitted,
    featuredReflections: figures.reflections.featured,
    computedAt: new Date(now).toISOString(),
  };
}
