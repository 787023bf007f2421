import { AppError } from '../../../../shared/errors';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { assertNotCancelled, expects, sessionById } from '../lookup';
import { SESSION_COLLECTIONS, reminderKey } from '../records';
import { REMIND_BEFORE_MS } from '../reminders';
import { requireFound } from '../session-load';

/**
 * Records that the member wants a reminder of this session (they just allowed one message in WeChat's
 * prompt, banked by account.acceptNotifications); the timer sends it 30 minutes before the start, once.
 */
export const remindMe = defineAction('sessions', 'remindMe', {
  access: activeMember,
  async run({ sessionId }, caller) {
    const member = requireFound((await caller.authority()).member, '成员');
    const session = await sessionById(sessionId);
    assertNotCancelled(session);
    if (!expects(session, member)) throw new AppError('NOT_EXPECTED');
    const now = Date.now();
    const start = new Date(session.startAt).getTime();
    if (start <= now) throw new AppError('INVALID_INPUT', '活动已经开始，无需再提醒');
    const remindAt = new Date(Math.max(now, start - REMIND_BEFORE_MS));
    await db
      .collection(SESSION_COLLECTIONS.reminders)
      .doc(reminderKey(sessionId, member._id))
      .set({ data: { sessionId, memberId: member._id, remindAt, status: 'pending', claim: null } });
    return { remindAt: remindAt.toISOString() };
  },
});
