import { action, noInput } from '../platform/schema';
import type { Notice } from './notice';

export const noticesContract = {
  latest: action<Notice | null>()(noInput),
} as const;
