import { inviteCodeSchema } from '@shared/org/invite';
import { profileInputSchema, type ProfileInput } from '@shared/org/member';
import { checkWith, type Checked } from '@/lib/form-rules';

export const checkProfile = (value: { name: string; staffNo?: string }): Checked<ProfileInput> =>
  checkWith(profileInputSchema, value);

/** Errors under the key `code`. */
export const checkInviteCode = (code: string): Checked<string> => checkWith(inviteCodeSchema, code, 'code');
