import { AppError } from '../../../../shared/errors';
import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { NOTICE_COLLECTIONS, type NoticeRecord } from '../records';
import { managedNotice } from '../views';

/** Takes a notice out of every list; its receipts and figures stay, and archiving again changes nothing. */
export const archive = defineAction('notices', 'archive', {
  access: federationAdmin,
  async run({ noticeId }, caller) {
    const actor = actorOf(caller.openid, await caller.authority());
    const notice = await atomically(async (transaction) => {
      const found = await readInTransaction<NoticeRecord>(transaction, NOTICE_COLLECTIONS.notices, noticeId);
      if (!found) throw new AppError('NOT_FOUND', '通知不存在或已被删除');
      if (found.status === 'archived') return found;
      const archivedAt = new Date();
      await transaction
        .collection(NOTICE_COLLECTIONS.notices)
        .doc(noticeId)
        .update({ data: { status: 'archived', archivedAt } });
      await writeAudit(transaction, {
        action: 'notice.archive',
        actor,
        unitPath: [ROOT_UNIT_ID],
        details: { title: found.title },
      });
      return { ...found, status: 'archived' as const, archivedAt };
    });
    return managedNotice(notice, await loadUnitsById(notice.targetUnitIds));
  },
});
