import * as z from 'zod/mini';
import type { ErrorCode } from '../errors';
import { unitIdSchema } from './unit';

/** Letters that cannot be confused with each other when read aloud or copied from a screen. */
export const INVITE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 8;
export const JOIN_PAGE = 'pages/join/index';

export const inviteCodeSchema = z
  .string({ error: '请输入邀请码' })
  .check(
    z.trim(),
    z.toUpperCase(),
    z.regex(
      new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`),
      `邀请码应为 ${INVITE_CODE_LENGTH} 位字母或数字`,
    ),
  );

export const createInviteSchema = z.strictObject({
  unitId: unitIdSchema,
  validHours: z
    .number({ error: '请选择有效期' })
    .check(z.int('有效期应为整数小时'), z.gte(1, '有效期至少 1 小时'), z.lte(24 * 30, '有效期最长 30 天')),
  maxUses: z.nullable(
    z
      .number()
      .check(z.int('使用次数应为整数'), z.gte(1, '使用次数至少 1 次'), z.lte(5000, '使用次数最多 5000 次')),
  ),
});

export interface InviteState {
  expiresAt: Date;
  maxUses: number | null;
  uses: number;
  revokedAt: Date | null;
}

/** Why an invite can no longer be used at `now`, or null when it can. */
export function inviteProblem(invite: InviteState, now: Date): ErrorCode | null {
  if (invite.revokedAt) return 'INVITE_REVOKED';
  if (invite.expiresAt.getTime() <= now.getTime()) return 'INVITE_EXPIRED';
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return 'INVITE_USED_UP';
  return null;
}

export interface InviteView {
  _id: string;
  code: string;
  unitId: string;
  unitName: string;
  expiresAt: string;
  maxUses: number | null;
  uses: number;
  revokedAt: string | null;
  createdByName: string;
  /** The mini-program path the QR code opens. */
  joinPath: string;
  status: 'valid' | 'expired' | 'used_up' | 'revoked';
}
