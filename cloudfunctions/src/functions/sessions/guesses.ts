import type { RateLimit } from '../../platform/rate-limit';

/** Wrong codes a person may type before waiting: enough for typos, far too few to guess 6 digits. */
export const CODE_GUESSES: RateLimit = {
  name: 'session-code',
  limit: 10,
  windowMs: 10 * 60_000,
  message: '签到码输错次数过多',
};
