import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export const grantRole = (input: ActionInput<'org', 'grantRole'>) => callFunction('org', 'grantRole', input);
