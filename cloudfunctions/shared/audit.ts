import { ROLE_LABELS, type GrantableRole } from './org/role';

/** What each entry is called in the log: the same words as the buttons that cause it. */
export const AUDIT_ACTIONS = {
  'member.join': '加入单位',
  'account.delete': '注销账号',
  'role.grant': '设为管理员',
  'role.revoke': '撤销管理员',
  'member.move': '调动',
  'member.remove': '移除成员',
  'invite.create': '生成邀请码',
  'invite.revoke': '撤销邀请码',
  'unit.create': '新建单位',
  'unit.update': '修改单位',
  'unit.import': '导入单位',
  'session.create': '发起学习活动',
  'session.update': '修改学习活动',
  'session.cancel': '取消学习活动',
  'session.close': '结束签到',
  'session.mark_present': '补签',
  'session.leave_approve': '批准请假',
  'session.leave_decline': '不批准请假',
  'notice.publish': '发布通知',
  'notice.archive': '归档通知',
  'notice.remind': '提醒未学习的人',
  'reflection.publish': '发布心得',
  'reflection.return': '退回心得',
  'reflection.feature': '设为精选心得',
  'reflection.deadline': '设置心得截止日期',
  'reflection.export': '导出心得',
  'report.submit': '提交学习贯彻情况报告',
  'report.return': '退回报告',
  'report.remind': '提醒未提交报告的单位',
  'report.digest': '生成反响体悟汇编',
  'stats.export_sheet': '导出签到台账',
  'stats.export_table': '导出全市参与情况',
  'stats.thresholds': '设置督查标准',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntryView {
  _id: string;
  at: string;
  action: AuditAction;
  actionLabel: string;
  actorName: string;
  summary: string;
}

export interface AuditSubject {
  memberName?: string;
  unitName?: string;
  toUnitName?: string;
  role?: GrantableRole;
  code?: string;
  count?: number;
  /** What the entry is about when it is a titled thing, e.g. a study session. */
  title?: string;
}

/** One readable line for an audit entry, e.g. "调动成员：张伟，青岛二中工会 → 市教育工会". */
export function describeAudit(action: AuditAction, subject: AuditSubject): string {
  const parts = [
    subject.title ? `《${subject.title}》` : undefined,
    subject.memberName,
    subject.role ? ROLE_LABELS[subject.role] : undefined,
    subject.code ? `邀请码 ${subject.code}` : undefined,
    subject.count !== undefined ? `${subject.count} 个单位` : undefined,
    subject.toUnitName ? `${subject.unitName ?? ''} → ${subject.toUnitName}` : subject.unitName,
  ].filter(Boolean);
  return parts.length ? `${AUDIT_ACTIONS[action]}：${parts.join('，')}` : AUDIT_ACTIONS[action];
}
