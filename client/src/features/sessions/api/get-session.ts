import { callFunction } from '@/lib/cloud';

export const getSession = (sessionId: string) => callFunction('sessions', 'get', { sessionId });
