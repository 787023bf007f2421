import { callFunction } from '@/lib/cloud';

export const listInvites = (unitId: string) => callFunction('org', 'listInvites', { unitId });
