import { z } from 'zod';
import type { AuditEntryView } from './domain/audit';
import { createInviteSchema, inviteCodeSchema, type InviteView } from './domain/invite';
import { profileInputSchema, type MemberView } from './domain/member';
import type { Notice } from './domain/notice';
import type { RoleGrantView } from './domain/role';
import { BRANCH_KINDS, unitCodeSchema, unitIdSchema, unitNameSchema, type Unit } from './domain/unit';

/**
 * Every function, every action, its input schema and its output type: the one description that the client
 * calls through and the function router validates against.
 */
const action =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

const noInput = z.object({}).strict();
const idSchema = (label: string) =>
  z
    .string({ error: `缺少${label}` })
    .min(1, `缺少${label}`)
    .max(64);
const pageSchema = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100, '每页最多 100 条').default(20),
};

export interface Page<T> {
  items: T[];
  total: number;
}

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

export interface UnitImportResult {
  dryRun: boolean;
  created: number;
  units: Unit[];
}

export const contract = {
  notices: {
    latest: action<Notice | null>()(noInput),
  },
  account: {
    me: action<Me>()(noInput),
    previewInvite: action<InvitePreview>()(z.object({ code: inviteCodeSchema }).strict()),
    join: action<Me>()(profileInputSchema.extend({ code: inviteCodeSchema }).strict()),
    updateProfile: action<Me>()(profileInputSchema),
    deleteAccount: action<{ deleted: true }>()(
      z.object({ confirm: z.literal('确认注销', { error: '请输入“确认注销”以确认' }) }).strict(),
    ),
  },
  org: {
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
        .object({ unitId: unitIdSchema, keyword: z.string().trim().max(20).default(''), ...pageSchema })
        .strict(),
    ),
    moveMember: action<MemberView>()(
      z.object({ memberId: idSchema('成员'), toUnitId: unitIdSchema }).strict(),
    ),
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
    listAudit: action<Page<AuditEntryView>>()(z.object({ unitId: unitIdSchema, ...pageSchema }).strict()),
  },
} as const;

export type Contract = typeof contract;
export type FunctionName = keyof Contract;
export type ActionName<F extends FunctionName> = keyof Contract[F] & string;
type ActionOf<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends {
  input: infer I extends z.ZodType;
  output: infer O;
}
  ? { input: I; output: O }
  : never;
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<ActionOf<F, A>['input']>;
export type ParsedInput<F extends FunctionName, A extends ActionName<F>> = z.output<ActionOf<F, A>['input']>;
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = ActionOf<F, A>['output'];

/** What the client sends as the event of `callFunction`. */
export interface FunctionEvent {
  action: string;
  payload?: unknown;
}
