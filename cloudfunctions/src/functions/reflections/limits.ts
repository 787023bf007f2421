import type { RateLimit } from '../../platform/rate-limit';

/** Saving, submitting and withdrawing, together: a person writes a few a day, a script a hundred a minute. */
export const WRITE_LIMIT: RateLimit = {
  name: 'reflection-writes',
  limit: 30,
  windowMs: 60_000,
  message: '保存和提交心得太频繁',
};

export const PHOTO_LIMIT: RateLimit = {
  name: 'reflection-photos',
  limit: 20,
  windowMs: 10 * 60_000,
  message: '上传图片太频繁',
};

export const EXPORT_LIMIT: RateLimit = {
  name: 'reflection-exports',
  limit: 10,
  windowMs: 10 * 60_000,
  message: '导出太频繁',
};
