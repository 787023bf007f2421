import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export const checkIn = (input: ActionInput<'sessions', 'checkIn'>) =>
  callFunction('sessions', 'checkIn', input);

export const checkOut = (sessionId: string, code: string) =>
  callFunction('sessions', 'checkOut', { sessionId, code });
