import { callFunction } from '@/lib/cloud';

export const revokeInvite = (inviteId: string) => callFunction('org', 'revokeInvite', { inviteId });
