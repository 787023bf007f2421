import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { noticeById } from '../lookup';
import { COLLECTIONS, type DeadlineRecord } from '../records';

/** The federation sets (or clears) the last day reflections on a notice count as on time. */
export const setDeadline = defineAction('reflections', 'setDeadline', {
  access: federationAdmin,
  async run({ noticeId, deadline }, caller) {
    const notice = await noticeById(noticeId);
    const actor = actorOf(caller.openid, await caller.authority());
    await atomically(async (transaction) => {
      const current = await readInTransaction<DeadlineRecord>(transaction, COLLECTIONS.deadlines, noticeId);
      // The same deadline again (a double tap, a retry): nothing to write, nothing to log.
      if (current && current.deadline === deadline) return;
      const record: Omit<DeadlineRecord, '_id'> = { deadline, setAt: new Date() };
      await transaction.collection(COLLECTIONS.deadlines).doc(noticeId).set({ data: record });
      await writeAudit(transaction, {
        action: 'reflection.deadline',
        actor,
        unitPath: [ROOT_UNIT_ID],
        details: { unitName: `${notice.title}：${deadline ?? '不设截止日期'}` },
      });
    });
    return { noticeId, deadline };
  },
});
