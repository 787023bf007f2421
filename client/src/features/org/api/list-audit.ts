import { callFunction } from '@/lib/cloud';

export const AUDIT_PAGE_SIZE = 20;

export const listAudit = (unitId: string, offset: number) =>
  callFunction('org', 'listAudit', { unitId, offset, limit: AUDIT_PAGE_SIZE });
