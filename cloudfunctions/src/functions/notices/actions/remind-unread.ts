import { AppError } from '../../../../shared/errors';
import { deadlineLabel, NOTICE_PAGE } from '../../../../shared/notices/notice';
import { formatChinaDateTime, chinaDate, nextChinaMidnight } from '../../../../shared/platform/china-time';
import type { UnreachablePerson } from '../../../../shared/platform/notifications';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { recordById, unitById } from '../../../platform/directory-lookup';
import { notify, thing } from '../../../platform/notify';
import { atomically } from '../../../platform/transaction';
import { notAddressed, reachesSubtree } from '../notice-lookup';
import { NOTICE_COLLECTIONS, reminderId, type NoticeRecord, type ReminderRecord } from '../records';
import { unitPath } from '../scope';
import { allUnconfirmed } from '../unconfirmed';

/**
 * A subscribe message to everyone in the subtree who has not confirmed, once per notice, unit and China
 * calendar day: the day's reminder record is claimed first (its id is the limit, so a double tap or a
 * second admin is refused), then the messages go out and the outcome is kept on the record. The leader
 * gets the people who could not be reached, to tell them in person.
 */
export const remindUnread = defineAction('notices', 'remindUnread', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ noticeId, unitId }, caller) {
    const now = Date.now();
    const [notice, unit] = await Promise.all([
      recordById<NoticeRecord>(NOTICE_COLLECTIONS.notices, noticeId, '通知'),
      unitById(unitId),
    ]);
    if (!reachesSubtree(notice, unit)) throw notAddressed();
    if (notice.status === 'archived') throw new AppError('NOTICE_ARCHIVED', '该通知已归档，不再发送提醒');
    const authority = await caller.authority();
    const day = chinaDate(now);
    const nextAllowedAt = nextChinaMidnight(now);
    const id = reminderId(noticeId, unitId, day);
    const claim: Omit<ReminderRecord, '_id'> = {
      noticeId,
      unitId,
      day,
      at: new Date(now),
      byMemberId: authority.member?._id ?? null,
      outcome: null,
    };
    await atomically(
      async (transaction) => {
        await transaction.collection(NOTICE_COLLECTIONS.reminders).add({ data: { _id: id, ...claim } });
        await writeAudit(transaction, {
          action: 'notice.remind',
          actor: actorOf(caller.openid, authority),
          unitPath: unit.path,
          details: { title: notice.title, unitName: unit.name },
        });
      },
      {
        onDuplicate: () =>
          new AppError(
            'RATE_LIMITED',
            `今天已经提醒过${unit.name}，${formatChinaDateTime(nextAllowedAt, new Date(now))} 后可再次提醒`,
            { retryAt: nextAllowedAt.toISOString() },
          ),
      },
    );

    let sent = 0;
    const unreachable: UnreachablePerson[] = [];
    for await (const people of allUnconfirmed(notice, unit)) {
      const outcome = await notify(
        'studyReminder',
        people.map(({ openid, memberId, name, unitName }) => ({ openid, memberId, name, unitName })),
        {
          page: `${NOTICE_PAGE}?id=${notice._id}`,
          data: {
            thing1: thing(notice.title),
            thing2: thing(
              notice.reportDeadline
                ? `请于${deadlineLabel(notice.reportDeadline)}前读完并确认`
                : '请读完全文并确认已学习',
            ),
          },
        },
      );
      sent += outcome.sent;
      unreachable.push(...outcome.unreachable);
    }
    await db
      .collection(NOTICE_COLLECTIONS.reminders)
      .doc(id)
      .update({
        data: {
          outcome: { sent, unreachable: unreachable.map(({ memberId, reason }) => ({ memberId, reason })) },
        },
      });
    return { sent, unreachable, nextAllowedAt: nextAllowedAt.toISOString() };
  },
});
