import type { RateLimit } from '../../platform/rate-limit';

/** Saving and submitting, together: an admin saves a few times an hour, a script a hundred a minute. */
export const WRITE_LIMIT: RateLimit = {
  name: 'report-writes',
  limit: 30,
  windowMs: 60_000,
  message: '保存和提交报告太频繁',
};

/** Each digest is a document written and stored anew: a few a day are plenty, a stuck button is not. */
export const DIGEST_LIMIT: RateLimit = {
  name: 'report-digests',
  limit: 10,
  windowMs: 10 * 60_000,
  message: '生成汇编太频繁',
};
