import { callFunction } from '@/lib/cloud';

export const moveMember = (memberId: string, toUnitId: string) =>
  callFunction('org', 'moveMember', { memberId, toUnitId });
