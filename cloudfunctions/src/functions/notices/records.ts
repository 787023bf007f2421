import type { Notice } from '../../../shared/notices/notice';

export const NOTICE_COLLECTIONS = { notices: 'notices' } as const;

export interface NoticeRecord extends Omit<Notice, 'publishedAt'> {
  publishedAt: Date;
}
