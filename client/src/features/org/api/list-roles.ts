import { callFunction } from '@/lib/cloud';

export const listRoles = (unitId: string) => callFunction('org', 'listRoles', { unitId });
