import { callFunction } from '@/lib/cloud';

/** Notices addressed to the caller's unit, newest first, each with the caller's reading state. */
export const fetchNotices = (cursor?: string) => callFunction('notices', 'list', { cursor });

export const fetchNotice = (noticeId: string) => callFunction('notices', 'get', { noticeId });
