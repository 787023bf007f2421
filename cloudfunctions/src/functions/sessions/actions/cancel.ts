import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { unitById } from '../../../platform/directory-lookup';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { sessionAdmin } from '../access';
import { assertChangeable } from '../lookup';
import { notifyExpected } from '../messages';
import { SESSION_COLLECTIONS, type SessionRecord } from '../records';
import { requireFound, sessionOfInput } from '../session-load';
import { sessionView } from '../views';

/**
 * Cancels a session that has not ended and tells its expected attendees. Cancelling again (a retry after a
 * lost answer) answers the same and tells nobody twice.
 */
export const cancel = defineAction('sessions', 'cancel', {
  access: sessionAdmin(sessionOfInput),
  async run({ sessionId, reason }, caller) {
    const now = Date.now();
    const authority = await caller.authority();
    const { session, changed } = await atomically(async (transaction) => {
      const current = requireFound(
        await readInTransaction<SessionRecord>(transaction, SESSION_COLLECTIONS.sessions, sessionId),
      );
      if (current.status === 'cancelled') return { session: current, changed: false };
      assertChangeable(current, now);
      const cancelled = {
        status: 'cancelled' as const,
        cancelledAt: new Date(now),
        cancelReason: reason || null,
        updatedAt: new Date(now),
      };
      await transaction.collection(SESSION_COLLECTIONS.sessions).doc(sessionId).update({ data: cancelled });
      await writeAudit(transaction, {
        action: 'session.cancel',
        actor: actorOf(caller.openid, authority),
        unitPath: current.unitPath,
        details: { title: current.title },
      });
      return { session: { ...current, ...cancelled }, changed: true };
    });
    let notified = null;
    if (changed) {
      await db
        .collection(SESSION_COLLECTIONS.reminders)
        .where({ sessionId, status: 'pending' })
        .update({ data: { status: 'skipped' } });
      notified = await notifyExpected(session, reason ? `已取消：${reason}` : '本次学习活动已取消');
    }
    const unit = await unitById(session.unitId);
    return { session: sessionView(session, unit.name, now), notified };
  },
});
