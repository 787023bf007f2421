import * as z from 'zod/mini';
import { textSchema } from '../platform/text';
import type { RoleGrantView } from './role';

export const realNameSchema = z.pipe(
  textSchema({ label: '姓名', min: 2, max: 20, name: true }),
  z
    .string()
    .check(
      z.regex(/^[\u4e00-\u9fa5A-Za-z·. ]+$/, '姓名只能包含汉字、字母、间隔号'),
      z.regex(/[\u4e00-\u9fa5A-Za-z]/, '姓名至少要有一个汉字或字母'),
    ),
);

export const staffNoSchema = z
  .string()
  .check(
    z.trim(),
    z.maxLength(32, '工号最多 32 位'),
    z.regex(/^[A-Za-z0-9-]*$/, '工号只能由字母、数字或短横线组成'),
  );

export const profileInputSchema = z.strictObject({
  name: realNameSchema,
  staffNo: z.optional(staffNoSchema),
});
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

/** A row of the member list, with what the member already administers so no one is offered a role twice. */
export interface MemberListItem extends MemberView {
  grants: RoleGrantView[];
}

/** The name shown in place of a member who deleted their account; their counted records stay. */
export const DELETED_MEMBER_NAME = '已注销用户';
