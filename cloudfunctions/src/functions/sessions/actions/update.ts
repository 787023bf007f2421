import { formatChinaDateTime } from '../../../../shared/platform/china-time';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { unitById } from '../../../platform/directory-lookup';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { sessionAdmin } from '../access';
import { assertChangeable } from '../lookup';
import { notifyExpected } from '../messages';
import { SESSION_COLLECTIONS, type SessionRecord } from '../records';
import { REMIND_BEFORE_MS } from '../reminders';
import { assertSchedulable } from '../schedule';
import { requireFound, sessionOfInput } from '../session-load';
import { sessionView } from '../views';

const sameTime = (a: Date | string, b: Date | string) => new Date(a).getTime() === new Date(b).getTime();

/** What the expected attendees are told, within WeChat's 20 characters. */
function changeNote(before: SessionRecord, after: SessionRecord): string | null {
  const timeChanged = !sameTime(before.startAt, after.startAt) || !sameTime(before.endAt, after.endAt);
  const placeChanged = before.place !== after.place;
  if (timeChanged && placeChanged) return '时间和地点有调整，请查看';
  if (timeChanged) return `改为${formatChinaDateTime(after.startAt, new Date(after.startAt))}开始`;
  if (placeChanged) return `地点改为${after.place}`;
  return null;
}

/** Whether the fields sent are what the session already holds: the same edit again (a double tap, a retry). */
function unchanged(current: SessionRecord, fields: Record<string, unknown>): boolean {
  return Object.entries(fields).every(([key, value]) => {
    const stored = (current as unknown as Record<string, unknown>)[key];
    if (key === 'startAt' || key === 'endAt') return sameTime(stored as Date, value as string);
    return JSON.stringify(stored ?? null) === JSON.stringify(value ?? null);
  });
}

export const update = defineAction('sessions', 'update', {
  access: sessionAdmin(sessionOfInput),
  async run(input, caller) {
    const now = Date.now();
    assertChangeable(await sessionOfInput(input), now);
    await assertSchedulable(input, now);
    const authority = await caller.authority();
    const { sessionId: _sessionId, ...fields } = input;
    const changes = {
      ...fields,
      startAt: new Date(input.startAt),
      endAt: new Date(input.endAt),
      updatedAt: new Date(now),
    };
    const { before, after } = await atomically(async (transaction) => {
      const current = requireFound(
        await readInTransaction<SessionRecord>(transaction, SESSION_COLLECTIONS.sessions, input.sessionId),
      );
      assertChangeable(current, now);
      if (unchanged(current, fields)) return { before: current, after: current };
      await transaction
        .collection(SESSION_COLLECTIONS.sessions)
        .doc(current._id)
        .update({
          // A fence replaces the old one whole (a plain object would be merged field by field).
          data: { ...changes, geofence: changes.geofence ? db.command.set(changes.geofence) : null },
        });
      await writeAudit(transaction, {
        action: 'session.update',
        actor: actorOf(caller.openid, authority),
        unitPath: current.unitPath,
        details: { title: changes.title },
      });
      return { before: current, after: { ...current, ...changes } };
    });
    if (!sameTime(before.startAt, after.startAt)) {
      await db
        .collection(SESSION_COLLECTIONS.reminders)
        .where({ sessionId: after._id, status: 'pending' })
        .update({ data: { remindAt: new Date(after.startAt.getTime() - REMIND_BEFORE_MS) } });
    }
    const note = changeNote(before, after);
    const notified = note ? await notifyExpected(after, note) : null;
    const unit = await unitById(after.unitId);
    return { session: sessionView(after, unit.name, now), notified };
  },
});
