import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { unitById } from '../../../platform/directory-lookup';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { checkInPhase } from '../../../../shared/sessions/window';
import { sessionAdmin } from '../access';
import { assertNotCancelled } from '../lookup';
import { SESSION_COLLECTIONS, type SessionRecord } from '../records';
import { requireFound, sessionOfInput } from '../session-load';
import { sessionView } from '../views';

/** The leader ends check-in before the scheduled end (latecomers then need 补签); closing twice changes nothing. */
export const closeCheckIn = defineAction('sessions', 'closeCheckIn', {
  access: sessionAdmin(sessionOfInput),
  async run({ sessionId }, caller) {
    const now = Date.now();
    const authority = await caller.authority();
    const session = await atomically(async (transaction) => {
      const current = requireFound(
        await readInTransaction<SessionRecord>(transaction, SESSION_COLLECTIONS.sessions, sessionId),
      );
      assertNotCancelled(current);
      // Closed already, also by a call that began a moment later (its close time lies after this `now`).
      if (current.closedAt || checkInPhase(current, now) === 'closed') return current;
      const closedAt = new Date(now);
      await transaction
        .collection(SESSION_COLLECTIONS.sessions)
        .doc(sessionId)
        .update({ data: { closedAt, updatedAt: closedAt } });
      await writeAudit(transaction, {
        action: 'session.close',
        actor: actorOf(caller.openid, authority),
        unitPath: current.unitPath,
        details: { title: current.title },
      });
      return { ...current, closedAt };
    });
    return sessionView(session, (await unitById(session.unitId)).name, now);
  },
});
