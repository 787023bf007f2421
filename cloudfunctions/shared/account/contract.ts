import { z } from 'zod';
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
  previewInvite: action<InvitePreview>()(z.object({ code: inviteCodeSchema }).strict()),
  join: action<Me>()(profileInputSchema.extend({ code: inviteCodeSchema }).strict()),
  updateProfile: action<Me>()(profileInputSchema),
  deleteAccount: action<{ deleted: true }>()(
    z.object({ confirm: z.literal('确认注销', { error: '请输入“确认注销”以确认' }) }).strict(),
  ),
} as const;
