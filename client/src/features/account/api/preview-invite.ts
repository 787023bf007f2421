import { callFunction } from '@/lib/cloud';

export const previewInvite = (code: string) => callFunction('account', 'previewInvite', { code });
