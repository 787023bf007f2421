import type { ReminderState } from '../../../shared/notices/notice';
import type { UnreachablePerson } from '../../../shared/platform/notifications';
import { chinaDate, nextChinaMidnight } from '../../../shared/platform/china-time';
import { db } from '../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../platform/directory';
import { loadUnitsById, unitName } from '../../platform/directory-lookup';
import { rows } from '../../platform/query';
import { NOTICE_COLLECTIONS, reminderId, type ReminderRecord } from './records';

/** How many of today's unreachable people the reading view names; the count covers the rest. */
const NAMED_UNREACHABLE = 100;

/** Names of the people a reminder could not reach, read from their memberships now (never stored). */
export async function unreachablePeople(
  unreachable: NonNullable<ReminderRecord['outcome']>['unreachable'],
): Promise<UnreachablePerson[]> {
  const shown = unreachable.slice(0, NAMED_UNREACHABLE);
  if (shown.length === 0) return [];
  const members = await rows<MemberRecord>(
    db
      .collection(DIRECTORY.members)
      .where({ _id: db.command.in(shown.map((person) => person.memberId)) })
      .limit(NAMED_UNREACHABLE),
  );
  const units = await loadUnitsById(members.map((member) => member.unitId));
  const byId = new Map(members.map((member) => [member._id, member]));
  return shown.map(({ memberId, reason }) => {
    const member = byId.get(memberId);
    return {
      memberId,
      reason,
      name: member?.name ?? '（已离开的成员）',
      unitName: member ? unitName(units, member.unitId) : '',
    };
  });
}

/** Whether the unit may be reminded now, and what today's reminder did if there was one. */
export async function reminderState(noticeId: string, unitId: string, now: number): Promise<ReminderState> {
  const [today] = await rows<ReminderRecord>(
    db
      .collection(NOTICE_COLLECTIONS.reminders)
      .where({ _id: reminderId(noticeId, unitId, chinaDate(now)) })
      .limit(1),
  );
  if (!today) return { allowed: true, nextAllowedAt: null, today: null };
  return {
    allowed: false,
    nextAllowedAt: nextChinaMidnight(now).toISOString(),
    today: {
      at: new Date(today.at).toISOString(),
      sent: today.outcome?.sent ?? 0,
      unreachable: await unreachablePeople(today.outcome?.unreachable ?? []),
      unreachableCount: today.outcome?.unreachable.length ?? 0,
    },
  };
}
