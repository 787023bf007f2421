import { AppError } from '../../../../shared/errors';
import { chinaDate, formatChinaDateTime, nextChinaMidnight } from '../../../../shared/platform/china-time';
import type { UnreachablePerson } from '../../../../shared/platform/notifications';
import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { REPORT_PAGE } from '../../../../shared/reports/report';
import { deadlineText } from '../../../../shared/reports/status';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { notify, thing } from '../../../platform/notify';
import { rows } from '../../../platform/query';
import { atomically } from '../../../platform/transaction';
import { reportStates } from '../board';
import { reportedNotice } from '../notice';
import { REPORT_COLLECTIONS, reportReminderId, type ReportReminderRecord } from '../records';
import { adminsOf, reportingUnits } from '../reporting-units';

async function namesOf(memberIds: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let start = 0; start < memberIds.length; start += 100) {
    const found = await rows<MemberRecord>(
      db
        .collection(DIRECTORY.members)
        .where({ _id: db.command.in(memberIds.slice(start, start + 100)), status: 'active' })
        .field({ name: true })
        .limit(100),
    );
    for (const member of found) names.set(member._id, member.name);
  }
  return names;
}

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
      const recipients = admins
        .filter((admin) => admin.unitId === unit._id && admin.memberId && names.has(admin.memberId))
        .map((admin) => ({
          openid: admin.openid,
          memberId: admin.memberId as string,
          name: names.get(admin.memberId as string) as string,
          unitName: unit.name,
        }));
      if (recipients.length === 0) continue;
      const outcome = await notify('reportReminder', recipients, {
        page: `${REPORT_PAGE}?noticeId=${notice._id}&unitId=${unit._id}`,
        data: {
          thing1: thing(notice.title),
          thing2: thing(`请于${deadlineText(notice.deadline)}前提交学习贯彻情况报告`),
        },
      });
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
