import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export const createInvite = (input: ActionInput<'org', 'createInvite'>) =>
  callFunction('org', 'createInvite', input);
