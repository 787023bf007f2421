import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export const createUnit = (input: ActionInput<'org', 'createUnit'>) =>
  callFunction('org', 'createUnit', input);
