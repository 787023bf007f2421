import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export const createSession = (input: ActionInput<'sessions', 'create'>) =>
  callFunction('sessions', 'create', input);

export const updateSession = (input: ActionInput<'sessions', 'update'>) =>
  callFunction('sessions', 'update', input);

export const cancelSession = (sessionId: string, reason: string) =>
  callFunction('sessions', 'cancel', { sessionId, reason });

export const closeCheckIn = (sessionId: string) => callFunction('sessions', 'closeCheckIn', { sessionId });

export const markPresent = (sessionId: string, memberId: string, reason: string) =>
  callFunction('sessions', 'markPresent', { sessionId, memberId, reason });
