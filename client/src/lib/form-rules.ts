/**
 * How forms check what people typed against the shared zod schemas (never re-declared in the client): the
 * functions check the same schemas again, and `serverFieldErrors` puts their messages by the fields.
 */
import type * as z from 'zod/mini';
import '@shared/platform/zod-locale';
import { CloudError } from './cloud-error';

export type FieldErrors = Record<string, string>;

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Field messages of a server-side INVALID_INPUT (its `details` are `{ path, message }[]` from the contract's
 * schema), keyed by the top-level field; null for any other error.
 */
export function serverFieldErrors(error: unknown): FieldErrors | null {
  if (!(error instanceof CloudError) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details))
    return null;
  const errors: FieldErrors = {};
  for (const issue of error.details as Array<{ path?: unknown; message?: unknown }>) {
    if (typeof issue?.message !== 'string') continue;
    const key = typeof issue.path === 'string' && issue.path ? issue.path.split('.')[0] : 'form';
    if (!(key in errors)) errors[key] = issue.message;
  }
  return Object.keys(errors).length ? errors : null;
}

function fieldErrors(error: z.core.$ZodError, fallbackKey: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : fallbackKey;
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** Checks a value; messages of a schema for a single value land under `fallbackKey`. */
export function checkWith<T>(schema: z.ZodMiniType<T>, value: unknown, fallbackKey = 'form'): Checked<T> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, errors: fieldErrors(parsed.error, fallbackKey) };
}
