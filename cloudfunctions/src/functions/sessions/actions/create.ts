import { AppError } from '../../../../shared/errors';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { unitById } from '../../../platform/directory-lookup';
import { newId } from '../../../platform/ids';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { unitAdmin } from '../access';
import { assertSchedulable } from '../schedule';
import { SESSION_COLLECTIONS, type SessionRecord } from '../records';
import { newSecret } from '../totp';
import { sessionView } from '../views';

/**
 * A session for the admin's unit or a unit below it; with `sameActivityAs`, another 班次 of an existing one
 * (same unit, same activity: attending any 班次 counts once). Expected attendees are the unit subtree's
 * active members, whoever they are when the session happens.
 */
export const create = defineAction('sessions', 'create', {
  access: unitAdmin(({ unitId }) => unitId),
  async run(input, caller) {
    const now = Date.now();
    const [unit, authority] = await Promise.all([unitById(input.unitId), caller.authority()]);
    await assertSchedulable(input, now);
    const actor = actorOf(caller.openid, authority);
    const id = newId('session');
    const record: SessionRecord = {
      _id: id,
      activityId: id,
      multiShift: false,
      unitId: unit._id,
      unitPath: unit.path,
      title: input.title,
      kind: input.kind,
      startAt: new Date(input.startAt),
      endAt: new Date(input.endAt),
      place: input.place,
      geofence: input.geofence,
      noticeId: input.noticeId,
      requireCheckOut: input.requireCheckOut,
      openBeforeMinutes: input.openBeforeMinutes,
      status: 'scheduled',
      closedAt: null,
      cancelledAt: null,
      cancelReason: null,
      secret: newSecret(),
      entryCodeFileId: null,
      createdByMemberId: authority.member?._id ?? null,
      createdAt: new Date(now),
      updatedAt: new Date(now),
    };
    await atomically(async (transaction) => {
      const sessions = transaction.collection(SESSION_COLLECTIONS.sessions);
      if (input.sameActivityAs) {
        const original = await readInTransaction<SessionRecord>(
          transaction,
          SESSION_COLLECTIONS.sessions,
          input.sameActivityAs,
        );
        if (!original) throw new AppError('NOT_FOUND', '要增加班次的学习活动不存在或已被删除');
        if (original.status === 'cancelled') throw new AppError('SESSION_CANCELLED');
        if (original.unitId !== unit._id) {
          throw new AppError('INVALID_INPUT', '各班次的参加人员相同，新班次应与原活动属于同一单位');
        }
        record.activityId = original.activityId;
        record.multiShift = true;
        if (!original.multiShift) {
          await sessions.doc(original._id).update({ data: { multiShift: true } });
        }
      }
      await sessions.add({ data: record });
      await writeAudit(transaction, {
        action: 'session.create',
        actor,
        unitPath: unit.path,
        details: { title: record.title, unitName: unit.name },
      });
    });
    return sessionView(record, unit.name, now);
  },
});
