import type { CounterRef } from '../../platform/counters';

export type ReadingCounter = 'opened' | 'finished' | 'confirmed';

/**
 * Reading figures per notice and unit, written with the receipts they count. A whole workshop opens a
 * notice the same morning, so each unit's figure is spread over shards.
 */
export const readingCounter = (
  noticeId: string,
  unit: { unitId: string; unitPath: string[] },
): CounterRef => ({
  key: `notice:${noticeId}:unit:${unit.unitId}`,
  attributes: { noticeId, unitId: unit.unitId, unitPath: unit.unitPath },
  shards: 8,
});
