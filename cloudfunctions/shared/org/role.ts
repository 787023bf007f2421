export const ROLES = ['member', 'unit_admin', 'federation_admin'] as const;
export type Role = (typeof ROLES)[number];
export type GrantableRole = Exclude<Role, 'member'>;

export const ROLE_LABELS: Record<Role, string> = {
  member: '职工',
  unit_admin: '单位管理员',
  federation_admin: '市总工会管理员',
};

export interface RoleGrantView {
  _id: string;
  memberId: string | null;
  memberName: string;
  role: GrantableRole;
  unitId: string;
  unitName: string;
  grantedAt: string;
  /** Set at deploy time by configuration: it cannot be revoked from the app. */
  fromConfiguration: boolean;
}
