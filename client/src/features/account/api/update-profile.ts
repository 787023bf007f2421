import type { ProfileInput } from '@shared/org/member';
import { callFunction } from '@/lib/cloud';

export const updateProfile = (profile: ProfileInput) => callFunction('account', 'updateProfile', profile);
