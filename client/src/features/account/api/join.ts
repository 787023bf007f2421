import type { ProfileInput } from '@shared/org/member';
import { callFunction } from '@/lib/cloud';

export const joinUnit = (code: string, profile: ProfileInput) =>
  callFunction('account', 'join', { code, ...profile });
