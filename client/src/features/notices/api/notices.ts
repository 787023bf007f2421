import { callFunction, send } from '@/lib/cloud';
import { askEarly } from '@/lib/early-answer';

/** Notices addressed to the caller's unit, newest first, each with the caller's reading state. */
export const fetchNotices = (cursor?: string) => callFunction('notices', 'list', { cursor });

export const fetchNotice = (noticeId: string) => callFunction('notices', 'get', { noticeId });

/**
 * Starts loading the notice a shared card or a reminder opens, while the reader's code is still loading
 * (WeChat; the H5 build asks even sooner, in early-launch.ts).
 */
export const fetchNoticeEarly = (noticeId: string) => askEarly('notices', 'get', { noticeId }, send);
