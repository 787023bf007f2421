import type { Thresholds } from '@shared/stats/views';
import { callFunction } from '@/lib/cloud';

export const fetchUnitSummary = (unitId: string) => callFunction('stats', 'unitSummary', { unitId });

export const fetchFederationTable = (noticeId?: string) =>
  callFunction('stats', 'federationTable', noticeId ? { noticeId } : {});

export const fetchSessionSheet = (sessionId: string, cursor?: string) =>
  callFunction('stats', 'sessionSheet', { sessionId, ...(cursor ? { cursor } : {}) });

export const exportSessionSheet = (sessionId: string) =>
  callFunction('stats', 'exportSessionSheet', { sessionId });

export const exportFederationTable = (noticeId?: string) =>
  callFunction('stats', 'exportFederationTable', noticeId ? { noticeId } : {});

export const saveThresholds = (thresholds: Thresholds) => callFunction('stats', 'setThresholds', thresholds);

/** The unit's sessions that already took place, for opening their sheets from the dashboard. */
export const fetchPastSessions = (unitId: string) =>
  callFunction('sessions', 'listForUnit', { unitId, when: 'past', limit: 5 });
