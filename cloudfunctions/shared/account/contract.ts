import * as z from 'zod/mini';
import { inviteCodeSchema } from '../org/invite';
import { profileInputSchema, type MemberView } from '../org/member';
import type { RoleGrantView } from '../org/role';
import { NOTIFICATION_TOPIC_KEYS, type NotificationSettings } from '../platform/notifications';
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
  notificationSettings: action<NotificationSettings>()(noInput),
  /** What the person allowed in WeChat's subscribe prompt, reported right after it closes. */
  acceptNotifications: action<NotificationSettings>()(
    z.strictObject({
      topics: z.array(z.enum(NOTIFICATION_TOPIC_KEYS, { error: '未知的提醒类型' })).check(z.maxLength(5)),
    }),
  ),
  me: action<Me>()(noInput),
  previewInvite: action<InvitePreview>()(z.strictObject({ code: inviteCodeSchema })),
  join: action<Me>()(z.extend(profileInputSchema, { code: inviteCodeSchema })),
  updateProfile: action<Me>()(profileInputSchema),
  deleteAccount: action<{ deleted: true }>()(
    z.strictObject({ confirm: z.literal('确认注销', { error: '请输入“确认注销”以确认' }) }),
  ),
} as const;
