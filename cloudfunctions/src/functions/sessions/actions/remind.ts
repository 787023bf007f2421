import { timerTrigger } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { newId } from '../../../platform/ids';
import { allRows, rows } from '../../../platform/query';
import { formatChinaClock } from '../../../../shared/platform/china-time';
import { notifyMembers } from '../messages';
import { SESSION_COLLECTIONS, type ReminderRecord, type SessionRecord } from '../records';

/**
 * The timer trigger (every minute, see config.json): sends each reminder that is due, once. A run first
 * claims the due reminders with one conditional update, so overlapping runs never take the same one; what
 * is due is decided here by the clock, not by the schedule's time zone.
 */
export const remind = defineAction('sessions', 'remind', {
  access: timerTrigger,
  async run() {
    const now = new Date();
    const claim = newId('claim');
    const reminders = db.collection(SESSION_COLLECTIONS.reminders);
    await reminders
      .where({ status: 'pending', remindAt: db.command.lte(now) })
      .update({ data: { status: 'claimed', claim } });
    const claimed = await allRows<ReminderRecord>(reminders.where({ claim }).orderBy('_id', 'asc'));
    const bySession = new Map<string, string[]>();
    for (const reminder of claimed) {
      bySession.set(reminder.sessionId, [...(bySession.get(reminder.sessionId) ?? []), reminder.memberId]);
    }
    let sent = 0;
    for (const [sessionId, memberIds] of bySession) {
      const [session] = await rows<SessionRecord>(
        db.collection(SESSION_COLLECTIONS.sessions).where({ _id: sessionId }).limit(1),
      );
      const live = session && session.status !== 'cancelled' && new Date(session.startAt) > now;
      if (live) {
        const outcome = await notifyMembers(
          'sessionReminder',
          session,
          memberIds,
          `${formatChinaClock(session.startAt)}开始，请准时参加`,
        );
        sent += outcome.sent;
      }
      await reminders.where({ claim, sessionId }).update({ data: { status: live ? 'sent' : 'skipped' } });
    }
    return { due: claimed.length, sent };
  },
});
