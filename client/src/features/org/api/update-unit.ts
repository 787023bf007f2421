import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export const updateUnit = (input: ActionInput<'org', 'updateUnit'>) =>
  callFunction('org', 'updateUnit', input);
