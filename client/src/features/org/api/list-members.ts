import { callFunction } from '@/lib/cloud';

export const MEMBERS_PAGE_SIZE = 20;

export const listMembers = (unitId: string, keyword: string, offset: number) =>
  callFunction('org', 'listMembers', { unitId, keyword, offset, limit: MEMBERS_PAGE_SIZE });
