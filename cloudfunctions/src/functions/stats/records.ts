import type { SessionKind } from '../../../shared/sessions/kinds';
import type { Thresholds } from '../../../shared/stats/views';

/**
 * Other domains' records as this function reads them, by collection name (never through their code): the
 * fields the figures need and nothing else.
 */
export const READ_COLLECTIONS = {
  sessions: 'sessions',
  attendance: 'session_attendance',
  leaves: 'session_leaves',
  notices: 'notices',
  receipts: 'notice_receipts',
  reflections: 'reflections',
} as const;

/** This function's own collection: the federation's thresholds (one document). */
export const STATS_SETTINGS = 'stats_settings';
export const FEDERATION_SETTINGS_ID = 'federation';

export interface SettingsRecord {
  _id: string;
  thresholds: Thresholds;
  updatedAt: Date;
  updatedByMemberId: string | null;
}

export interface SessionRow {
  _id: string;
  activityId: string;
  unitId: string;
  unitPath: string[];
  title: string;
  kind: SessionKind;
  startAt: Date;
  endAt: Date;
  place: string;
  status: 'scheduled' | 'cancelled';
}

export interface AttendanceRow {
  _id: string;
  sessionId: string;
  memberId: string;
  status: 'present' | 'late' | 'manual';
  checkedInAt: Date;
  checkedOutAt: Date | null;
}

export interface LeaveRow {
  _id: string;
  memberId: string;
  status: 'pending' | 'approved' | 'declined';
}

export interface NoticeRow {
  _id: string;
  title: string;
  targetUnitIds: string[];
  publishedAt: Date;
}
