import { callFunction } from '@/lib/cloud';
import type { When } from './list-mine';

export const listUnitSessions = (unitId: string, when: When, cursor?: string) =>
  callFunction('sessions', 'listForUnit', { unitId, when, ...(cursor ? { cursor } : {}) });
