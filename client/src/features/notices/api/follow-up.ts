import { callFunction } from '@/lib/cloud';

/** What an admin follows up on in a unit's subtree. */
export const fetchManagedNotices = (unitId: string, cursor?: string) =>
  callFunction('notices', 'listForUnit', { unitId, cursor });

export const fetchReadingStatus = (noticeId: string, unitId: string, cursor?: string) =>
  callFunction('notices', 'readingStatus', { noticeId, unitId, cursor });

export const remindUnread = (noticeId: string, unitId: string) =>
  callFunction('notices', 'remindUnread', { noticeId, unitId });
