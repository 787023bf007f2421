import { CloudError } from './cloud-error';

export type FieldErrors = Record<string, string>;

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export interface UnitFields {
  name: string;
  code: string | null;
}

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
