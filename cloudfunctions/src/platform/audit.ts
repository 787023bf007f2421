import type { AuditAction } from '../../shared/audit';
import type { GrantableRole } from '../../shared/org/role';
import type { Authority } from './authority';
import { db } from './cloud';
import type { Transaction } from './transaction';

export const AUDIT_COLLECTION = 'audit_log';

export interface AuditRecord {
  _id?: string;
  at: Date;
  action: AuditAction;
  actorOpenid: string;
  actorName: string;
  /** The unit whose subtree the change happened in, so each admin sees the log of their own scope. */
  unitPath: string[];
  details: AuditDetails;
}

/** What an entry is about; names are kept here, not in free text, so erasing a person can reach them. */
export interface AuditDetails {
  memberId?: string;
  memberName?: string;
  unitName?: string;
  toUnitName?: string;
  role?: GrantableRole;
  code?: string;
  count?: number;
  noticeTitle?: string;
}

export interface AuditInput {
  action: AuditAction;
  actor: { openid: string; name: string };
  unitPath: string[];
  details: AuditDetails;
}

/** Appends to the audit log inside the transaction of the change it records, so both commit or neither. */
export async function writeAudit(transaction: Transaction, input: AuditInput): Promise<void> {
  await transaction.collection(AUDIT_COLLECTION).add({
    data: {
      at: db.serverDate(),
      action: input.action,
      actorOpenid: input.actor.openid,
      actorName: input.actor.name,
      unitPath: input.unitPath,
      details: input.details,
    },
  });
}

/** Who an audit entry names as the person acting. */
export const actorOf = (openid: string, authority: Authority) => ({
  openid,
  name: authority.member?.name ?? (authority.isFederationAdmin ? '市总工会管理员' : '管理员'),
});
