/**
 * WeChat build of `rules.ts`, without zod: every check passes the input on unchanged and the server validates
 * it against the contract's schema; forms show its messages through `serverFieldErrors`. Delete this file once
 * `client/config` transpiles zod for the mini-program (see client/README.md).
 */
import type { ActionInput } from '@shared/contract';
import type { ProfileInput } from '@shared/domain/member';
import type { Checked, UnitFields } from './rules-types';

export type { Checked, FieldErrors, UnitFields } from './rules-types';
export { serverFieldErrors } from './rules-types';

const pass = <T>(data: T): Checked<T> => ({ ok: true, data });

export const checkProfile = (value: { name: string; staffNo?: string }): Checked<ProfileInput> => pass(value);

export const checkInviteCode = (code: string): Checked<string> => pass(code.trim().toUpperCase());

export const checkCreateInvite = (
  value: ActionInput<'org', 'createInvite'>,
): Checked<ActionInput<'org', 'createInvite'>> => pass(value);

export const checkUnitFields = (value: UnitFields): Checked<UnitFields> => pass(value);
