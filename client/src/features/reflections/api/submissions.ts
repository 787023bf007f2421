import { callFunction } from '@/lib/cloud';

export const fetchSubmissionStatus = (noticeId: string, unitId: string, cursor?: string) =>
  callFunction('reflections', 'submissionStatus', { noticeId, unitId, cursor });

export const setReflectionDeadline = (noticeId: string, deadline: string | null) =>
  callFunction('reflections', 'setDeadline', { noticeId, deadline });

export const exportReflections = (unitId: string, from: string, to: string) =>
  callFunction('reflections', 'export', { unitId, from, to });
