import { AppError } from '../../../../shared/errors';
import { chinaDate, formatChinaDateTime, nextChinaMidnight } from '../../../../shared/platform/china-time';
import type { UnreachablePerson } from '../../../../shared/platform/notifications';
import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { deadlineText } from '../../../../shared/reports/status';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { atomically } from '../../../platform/transaction';
import { reportStates } from '../board';
import { messageUnitAdmins, namesOf } from '../messages';
import { reportedNotice } from '../notice';
import { REPORT_COLLECTIONS, reportReminderId, type ReportReminderRecord } from '../records';
import { adminsOf, reportingUnits } from '../reporting-units';

/**
 * A subscribe message (报送提醒) to the admins of every unit that has not submitted, once per notice and
 * China calendar day: the day's record is claimed first (its id is the limit), then the messages go out and
 * the outcome is kept on it. The federation gets the admins who could not be reached, to phone them.
 */
export const remindMissing = defineAction('reports', 'remindMissing', {
  access: federationAdmin,
  async run({ noticeId }, caller) {
    const now = Date.now();
    const notice = await reportedNotice(noticeId);
    if (notice.archived) throw new AppError('NOTICE_ARCHIVED', '该通知已归档，不再发送提醒');
    const authority = await caller.authority();
    const day = chinaDate(now);
    const nextAllowedAt = nextChinaMidnight(now);
    const id = reportReminderId(noticeId, day);
    const claim: Omit<ReportReminderRecord, '_id'> = {
      noticeId,
      day,
      at: new Date(now),
      byOpenid: caller.openid,
      outcome: null,
    };
    await atomically(
      async (transaction) => {
        await transaction.collection(REPORT_COLLECTIONS.reminders).add({ data: { _id: id, ...claim } });
        await writeAudit(transaction, {
          action: 'report.remind',
          actor: actorOf(caller.openid, authority),
          unitPath: [ROOT_UNIT_ID],
          details: { title: notice.title },
        });
      },
      {
        onDuplicate: () =>
          new AppError(
            'RATE_LIMITED',
            `今天已经提醒过未提交报告的单位，${formatChinaDateTime(nextAllowedAt, new Date(now))} 后可再次提醒`,
            { retryAt: nextAllowedAt.toISOString() },
          ),
      },
    );

    const [units, reports] = await Promise.all([reportingUnits(notice), reportStates(noticeId)]);
    const missing = units.filter((unit) => reports.get(unit._id)?.status !== 'submitted');
    const admins = await adminsOf(missing.map((unit) => unit._id));
    const names = await namesOf([
      ...new Set(admins.flatMap((admin) => (admin.memberId ? [admin.memberId] : []))),
    ]);
    let sent = 0;
    const unreachable: (UnreachablePerson & { unitId: string })[] = [];
    for (const unit of missing) {
      const outcome = await messageUnitAdmins(
        notice,
        unit,
        admins,
        names,
        `请于${deadlineText(notice.deadline)}前提交学习贯彻情况报告`,
      );
      sent += outcome.sent;
      unreachable.push(...outcome.unreachable.map((person) => ({ ...person, unitId: unit._id })));
    }
    await db
      .collection(REPORT_COLLECTIONS.reminders)
      .doc(id)
      .update({
        data: {
          outcome: {
            units: missing.length,
            sent,
            unreachable: unreachable.map(({ memberId, reason, unitId }) => ({ memberId, reason, unitId })),
          },
        },
      });
    return {
      units: missing.length,
      sent,
      unreachable: unreachable.map(({ unitId: _unitId, ...person }) => person),
      nextAllowedAt: nextAllowedAt.toISOString(),
    };
  },
});
