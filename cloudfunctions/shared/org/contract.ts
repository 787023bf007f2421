import * as z from 'zod/mini';
import type { AuditEntryView } from '../audit';
import { action, idSchema, noInput, offsetPage, type Page } from '../platform/schema';
import { textSchema } from '../platform/text';
import { createInviteSchema, type InviteView } from './invite';
import type { MemberListItem, MemberView } from './member';
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
    z.strictObject({
      parentId: unitIdSchema,
      name: unitNameSchema,
      kind: z.optional(
        z.enum(BRANCH_KINDS, { error: '单位类型应为市直工会、市总工会机关部门或直属事业单位' }),
      ),
      code: z._default(z.nullable(unitCodeSchema), null),
    }),
  ),
  updateUnit: action<Unit>()(
    z.strictObject({ unitId: unitIdSchema, name: unitNameSchema, code: z.nullable(unitCodeSchema) }),
  ),
  importUnits: action<UnitImportResult>()(
    z.strictObject({
      fileName: z.string().check(z.trim(), z.regex(/\.(csv|xlsx|xls)$/i, '只支持 .csv、.xlsx 或 .xls 文件')),
      contentBase64: z
        .string()
        .check(z.minLength(1, '文件是空的'), z.maxLength(3_000_000, '文件不能超过 2 MB')),
      dryRun: z._default(z.boolean(), false),
    }),
  ),
  listMembers: action<Page<MemberListItem>>()(
    z.strictObject({
      unitId: unitIdSchema,
      // Through the text gate: a NUL or a lone surrogate is refused here, never handed to a regex query.
      keyword: z._default(textSchema({ label: '搜索词', min: 0, max: 20 }), ''),
      ...offsetPage,
    }),
  ),
  moveMember: action<MemberView>()(z.strictObject({ memberId: idSchema('成员'), toUnitId: unitIdSchema })),
  removeMember: action<{ removed: true }>()(z.strictObject({ memberId: idSchema('成员') })),
  createInvite: action<InviteView>()(createInviteSchema),
  listInvites: action<InviteView[]>()(z.strictObject({ unitId: unitIdSchema })),
  revokeInvite: action<InviteView>()(z.strictObject({ inviteId: idSchema('邀请码') })),
  inviteQrCode: action<{ imageUrl: string }>()(z.strictObject({ inviteId: idSchema('邀请码') })),
  listRoles: action<RoleGrantView[]>()(z.strictObject({ unitId: unitIdSchema })),
  grantRole: action<RoleGrantView>()(
    z.strictObject({
      memberId: idSchema('成员'),
      role: z.enum(['unit_admin', 'federation_admin'], { error: '角色无效' }),
      unitId: unitIdSchema,
    }),
  ),
  revokeRole: action<{ revoked: true }>()(z.strictObject({ grantId: idSchema('授权') })),
  listAudit: action<Page<AuditEntryView>>()(z.strictObject({ unitId: unitIdSchema, ...offsetPage })),
} as const;
