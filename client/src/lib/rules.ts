/**
 * The client's form checks, taken from the shared zod schemas (never re-declared here); the server checks the
 * same schemas again, and `serverFieldErrors` puts its messages by the fields.
 */
import { z, type ZodError, type ZodType } from 'zod';
import type { ActionInput } from '@shared/contract';
import { createInviteSchema, inviteCodeSchema } from '@shared/domain/invite';
import { profileInputSchema, type ProfileInput } from '@shared/domain/member';
import { unitCodeSchema, unitNameSchema } from '@shared/domain/unit';
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

const unitFieldsSchema = z.object({ name: unitNameSchema, code: unitCodeSchema.nullable() });

function fieldErrors(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : 'code';
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

function check<T>(schema: ZodType<T>, value: unknown): Checked<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

export const checkProfile = (value: { name: string; staffNo?: string }): Checked<ProfileInput> =>
  check(profileInputSchema, value);

/** Errors under the key `code`. */
export const checkInviteCode = (code: string): Checked<string> => check(inviteCodeSchema, code);

export const checkCreateInvite = (
  value: ActionInput<'org', 'createInvite'>,
): Checked<ActionInput<'org', 'createInvite'>> => check(createInviteSchema, value);

export const checkUnitFields = (value: UnitFields): Checked<UnitFields> => check(unitFieldsSchema, value);
