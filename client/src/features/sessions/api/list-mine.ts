import { callFunction } from '@/lib/cloud';

export type When = 'upcoming' | 'past';

export const listMySessions = (when: When, cursor?: string) =>
  callFunction('sessions', 'listMine', { when, ...(cursor ? { cursor } : {}) });
