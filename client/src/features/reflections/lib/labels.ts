import type { ReflectionStatus } from '@shared/reflections/status';

/** Chip style of each state in lists: waiting is muted, returned stands out. */
export const STATUS_TONES: Record<ReflectionStatus, 'muted' | 'primary' | 'success' | 'warning'> = {
  draft: 'muted',
  submitted: 'muted',
  returned: 'warning',
  published: 'success',
  featured: 'primary',
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;
