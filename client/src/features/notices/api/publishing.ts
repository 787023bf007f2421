import type { PublishInput } from '@shared/notices/contract';
import { callFunction } from '@/lib/cloud';

export const previewNotice = (text: string) => callFunction('notices', 'preview', { text });

export const publishNotice = (input: PublishInput) => callFunction('notices', 'publish', input);

export const archiveNotice = (noticeId: string) => callFunction('notices', 'archive', { noticeId });
