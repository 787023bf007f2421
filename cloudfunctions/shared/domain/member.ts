import { z } from 'zod';

export const realNameSchema = z
  .string({ error: '请填写真实姓名' })
  .trim()
  .min(2, '姓名至少 2 个字')
  .max(20, '姓名最多 20 个字')
  .regex(/^[\u4e00-\u9fa5A-Za-z·.\s]+$/, '姓名只能包含汉字、字母、间隔号');

export const staffNoSchema = z
  .string()
  .trim()
  .max(32, '工号最多 32 位')
  .regex(/^[A-Za-z0-9-]*$/, '工号只能由字母、数字或短横线组成');

export const profileInputSchema = z
  .object({
    name: realNameSchema,
    staffNo: staffNoSchema.optional(),
  })
  .strict();
export type ProfileInput = z.infer<typeof profileInputSchema>;

export type MemberStatus = 'active' | 'removed' | 'deleted';

export interface MemberView {
  _id: string;
  name: string;
  staffNo: string | null;
  unitId: string;
  unitName: string;
  joinedAt: string;
}

/** The name shown in place of a member who deleted their account; their counted records stay. */
export const DELETED_MEMBER_NAME = '已注销用户';
