import { AUDIT_ACTIONS, describeAudit } from '../../../../shared/audit';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { countOf, rows } from '../../../platform/query';
import { AUDIT_COLLECTION, type AuditRecord } from '../../../platform/audit';
import { unitPath } from '../scope';

export const listAudit = defineAction('org', 'listAudit', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId, offset, limit }) {
    const query = db.collection(AUDIT_COLLECTION).where({ unitPath: unitId });
    const [total, entries] = await Promise.all([
      countOf(query),
      rows<Required<AuditRecord>>(query.orderBy('at', 'desc').skip(offset).limit(limit)),
    ]);
    return {
      total,
      items: entries.map((entry) => ({
        _id: entry._id,
        at: new Date(entry.at).toISOString(),
        action: entry.action,
        actionLabel: AUDIT_ACTIONS[entry.action],
        actorName: entry.actorName,
        summary: describeAudit(entry.action, entry.details),
      })),
    };
  },
});
