import type { ErrorCode } from './errors';

export type Result<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; details?: unknown };
