import { callFunction } from '@/lib/cloud';

export const requestLeave = (sessionId: string, reason: string) =>
  callFunction('sessions', 'requestLeave', { sessionId, reason });

export const decideLeave = (leaveId: string, approve: boolean, comment = '') =>
  callFunction('sessions', 'decideLeave', { leaveId, approve, comment });
