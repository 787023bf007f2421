/**
 * How admin forms check what people typed against the shared zod schemas (never re-declared in the client):
 * the functions check the same schemas again, and `serverFieldErrors` puts their messages by the fields.
 * Only subpackages import this file: it brings zod.
 */
import type * as z from 'zod/mini';
import '@shared/platform/zod-locale';
import type { FieldErrors } from './field-errors';

export { serverFieldErrors, type FieldErrors } from './field-errors';

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

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
