/**
 * Field messages the functions send back: every form shows them by its fields. Pages of the main package
 * check nothing themselves (no schema library in the package every worker downloads); the router checks the
 * shared zod schemas and its Chinese messages land here. Admin forms also check first with `form-rules`.
 */
import { CloudError } from './cloud-error';

export type FieldErrors = Record<string, string>;

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
