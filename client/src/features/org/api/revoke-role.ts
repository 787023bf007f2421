import { callFunction } from '@/lib/cloud';

export const revokeRole = (grantId: string) => callFunction('org', 'revokeRole', { grantId });
