/**
 * The client's form checks, taken from the shared zod schemas (never re-declared here). This file serves H5;
 * `rules.weapp.ts` replaces it in the WeChat build (Taro's per-platform files): zod ships untranspiled ES2020
 * that WeChat's compiler rejects until `client/config` transpiles it (see client/README.md). There the
 * server's check of the very same schema answers, and `serverFieldErrors` puts its messages by the fields.
 */
import { z, type ZodError, type ZodType } from 'zod';
import type { ActionInput } from '@shared/contract';
import { createInviteSchema, inviteCodeSchema } from '@shared/domain/invite';
import { profileInputSchema, type ProfileInput } from '@shared/domain/member';
import { unitCodeSchema, unitNameSchema } from '@shared/domain/unit';
import type { Checked, UnitFields } from './rules-types';

export type { Checked, FieldErrors, UnitFields } from './rules-types';
export { serverFieldErrors } from './rules-types';

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
