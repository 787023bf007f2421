import type { CodePurpose } from '@shared/sessions/codes';
import { callFunction } from '@/lib/cloud';

export const fetchDisplay = (sessionId: string, purpose: CodePurpose) =>
  callFunction('sessions', 'display', { sessionId, purpose });

export const fetchEntryCode = (sessionId: string) => callFunction('sessions', 'entryCode', { sessionId });
