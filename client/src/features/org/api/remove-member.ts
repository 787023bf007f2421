import { callFunction } from '@/lib/cloud';

export const removeMember = (memberId: string) => callFunction('org', 'removeMember', { memberId });
