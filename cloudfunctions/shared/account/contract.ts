import * as z from 'zod/mini';
import { inviteCodeSchema } from '../org/invite';
import { profileInputSchema, type MemberView } from '../org/member';
import type { RoleGrantView } from '../org/role';
import { action, noInput } from '../platform/schema';

export interface Me {
  member: MemberView | null;
  unitPathNames: string[];
  roles: RoleGrantView[];
  isFederationAdmin: boolean;
  /** Units whose subtree the caller administers (the root for a federation admin). */
  adminUnits: { unitId: string; unitName: string }[];
}

export interface InvitePreview {
  unitName: string;
  unitPathNames: string[];
  expiresAt: string;
}

export const accountContract = {
  me: action<Me>()(noInput),
  previewInvite: action<InvitePreview>()(z.strictObject({ code: inviteCodeSchema })),
  join: action<Me>()(z.extend(profileInputSchema, { code: inviteCodeSchema })),
  updateProfile: action<Me>()(profileInputSchema),
  deleteAccount: action<{ deleted: true }>()(
    z.strictObject({ confirm: z.literal('确认注销', { error: '请输入“确认注销”以确认' }) }),
  ),
} as const;
