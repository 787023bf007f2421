import type { AuditAction } from '../../shared/domain/audit';
import { db } from './cloud';
import { COLLECTIONS, type AuditDetails } from './records';

export interface AuditInput {
  action: AuditAction;
  actor: { openid: string; name: string };
  unitPath: string[];
  details: AuditDetails;
}

type Writer = { collection(name: string): { add(options: { data: unknown }): unknown } };

/** Appends to the audit log; pass the transaction so the entry commits or aborts with the change. */
export async function writeAudit(input: AuditInput, writer: Writer = db): Promise<void> {
  await writer.collection(COLLECTIONS.audit).add({
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
