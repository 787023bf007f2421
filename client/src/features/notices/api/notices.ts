import type { ActionOutput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';
import { askEarly, takeEarly } from '@/lib/early-answer';

/** Notices addressed to the caller's unit, newest first, each with the caller's reading state. */
export const fetchNotices = (cursor?: string) => callFunction('notices', 'list', { cursor });

const noticeKey = (noticeId: string) => `notices.get:${noticeId}`;

export const fetchNotice = (noticeId: string) =>
  takeEarly<ActionOutput<'notices', 'get'>>(noticeKey(noticeId)) ??
  callFunction('notices', 'get', { noticeId });

/** Starts loading the notice a shared card or a reminder opens, while the reader's code is still loading. */
export const fetchNoticeEarly = (noticeId: string) =>
  askEarly(noticeKey(noticeId), () => callFunction('notices', 'get', { noticeId }));
