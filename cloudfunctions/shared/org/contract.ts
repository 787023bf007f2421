import { z } from 'zod';
import type { AuditEntryView } from '../audit';
import { action, idSchema, noInput, offsetPage, type Page } from '../platform/schema';
import { createInviteSchema, type InviteView } from './invite';
import type { MemberView } from './member';
import type { RoleGrantView } from './role';
import { BRANCH_KINDS, unitCodeSchema, unitIdSchema, unitNameSchema, type Unit } from './unit';

export interface UnitImportResult {
  dryRun: boolean;
  created: number;
  /** The units the file adds, each with the name of its parent (existing or from the file) for the preview. */
  units: (Unit & { parentName: string })[];
}

export const orgContract = {
  unitTree: action<Unit[]>()(noInput),
  createUnit: action<Unit>()(
    z
      .object({
        parentId: unitIdSchema,
        name: unitNameSchema,
        kind: z
          .enum(BRANCH_KINDS, { error: '单位类型应为市直工会、市总工会机关部门或直属事业单位' })
          .optional(),
        code: unitCodeSchema.nullable().default(null),
      })
      .strict(),
  ),
  updateUnit: action<Unit>()(
    z.object({ unitId: unitIdSchema, name: unitNameSchema, code: unitCodeSchema.nullable() }).strict(),
  ),
  importUnits: action<UnitImportResult>()(
    z
      .object({
        fileName: z
          .string()
          .trim()
          .regex(/\.(csv|xlsx|xls)$/i, '只支持 .csv、.xlsx 或 .xls 文件'),
        contentBase64: z.string().min(1, '文件是空的').max(3_000_000, '文件不能超过 2 MB'),
        dryRun: z.boolean().default(false),
      })
      .strict(),
  ),
  listMembers: action<Page<MemberView>>()(
    z
      .object({ unitId: unitIdSchema, keyword: z.string().trim().max(20).default(''), ...offsetPage })
      .strict(),
  ),
  moveMember: action<MemberView>()(z.object({ memberId: idSchema('成员'), toUnitId: unitIdSchema }).strict()),
  removeMember: action<{ removed: true }>()(z.object({ memberId: idSchema('成员') }).strict()),
  createInvite: action<InviteView>()(createInviteSchema),
  listInvites: action<InviteView[]>()(z.object({ unitId: unitIdSchema }).strict()),
  revokeInvite: action<InviteView>()(z.object({ inviteId: idSchema('邀请码') }).strict()),
  inviteQrCode: action<{ imageUrl: string }>()(z.object({ inviteId: idSchema('邀请码') }).strict()),
  listRoles: action<RoleGrantView[]>()(z.object({ unitId: unitIdSchema }).strict()),
  grantRole: action<RoleGrantView>()(
    z
      .object({
        memberId: idSchema('成员'),
        role: z.enum(['unit_admin', 'federation_admin'], { error: '角色无效' }),
        unitId: unitIdSchema,
      })
      .strict(),
  ),
  revokeRole: action<{ revoked: true }>()(z.object({ grantId: idSchema('授权') }).strict()),
  listAudit: action<Page<AuditEntryView>>()(z.object({ unitId: unitIdSchema, ...offsetPage }).strict()),
} as const;
