import type { NotifyOutcome } from '../../../shared/platform/notifications';
import { REPORT_PAGE } from '../../../shared/reports/report';
import { db } from '../../platform/cloud';
import { DIRECTORY, type MemberRecord, type RoleRecord, type UnitRecord } from '../../platform/directory';
import { notify, thing } from '../../platform/notify';
import { rows } from '../../platform/query';
import type { ReportedNotice } from './notice';

/** Names of active members by id, in pages of 100. */
export async function namesOf(memberIds: string[]): Promise<Map<string, string>> {
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

/** A 报送提醒 subscribe message to one unit's admins, opening that unit's report. */
export function messageUnitAdmins(
  notice: ReportedNotice,
  unit: Pick<UnitRecord, '_id' | 'name'>,
  admins: RoleRecord[],
  names: Map<string, string>,
  text: string,
): Promise<NotifyOutcome> {
  const recipients = admins
    .filter((admin) => admin.unitId === unit._id && admin.memberId && names.has(admin.memberId))
    .map((admin) => ({
      openid: admin.openid,
      memberId: admin.memberId as string,
      name: names.get(admin.memberId as string) as string,
      unitName: unit.name,
    }));
  if (recipients.length === 0) return Promise.resolve({ sent: 0, unreachable: [] });
  return notify('reportReminder', recipients, {
    page: `${REPORT_PAGE}?noticeId=${notice._id}&unitId=${unit._id}`,
    data: { thing1: thing(notice.title), thing2: thing(text) },
  });
}
