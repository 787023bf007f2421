import { callFunction } from '@/lib/cloud';

export const MEMBERS_PAGE_SIZE = 20;

export const listMembers = (unitId: string, keyword: string, offset: number, limit = MEMBERS_PAGE_SIZE) =>
  callFunction('org', 'listMembers', { unitId, keyword, offset, limit });
