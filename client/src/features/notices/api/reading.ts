import { callFunction } from '@/lib/cloud';

export const recordReading = (record: {
  noticeId: string;
  progress: number;
  activeSeconds: number;
  recordId: string;
}) => callFunction('notices', 'recordReading', record);

export const confirmRead = (noticeId: string) => callFunction('notices', 'confirmRead', { noticeId });
