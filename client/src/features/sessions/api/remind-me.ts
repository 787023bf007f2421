import { callFunction } from '@/lib/cloud';

export const remindMe = (sessionId: string) => callFunction('sessions', 'remindMe', { sessionId });
