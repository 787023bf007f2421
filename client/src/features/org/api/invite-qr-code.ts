import { callFunction } from '@/lib/cloud';

export const inviteQrCode = (inviteId: string) => callFunction('org', 'inviteQrCode', { inviteId });
