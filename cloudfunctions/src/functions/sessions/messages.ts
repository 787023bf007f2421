import type { NotificationTopic, NotifyOutcome } from '../../../shared/platform/notifications';
import { chinaDate, formatChinaClock } from '../../../shared/platform/china-time';
import { SESSION_PAGE } from '../../../shared/sessions/codes';
import { db } from '../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../platform/directory';
import { loadUnitsById, unitName } from '../../platform/directory-lookup';
import { notify, thing, type Recipient } from '../../platform/notify';
import { allRows, rows } from '../../platform/query';
import type { SessionRecord } from './records';

const whenText = (at: Date) => `${chinaDate(at)} ${formatChinaClock(at)}`;

async function recipients(members: MemberRecord[]): Promise<Recipient[]> {
  const units = await loadUnitsById(members.map((member) => member.unitId));
  return members.map((member) => ({
    openid: member.openid,
    memberId: member._id,
    name: member.name,
    unitName: unitName(units, member.unitId),
  }));
}

/** A subscribe message about one session, opening its page; `note` says what happened in 20 characters. */
function sessionMessage(session: SessionRecord, note: string) {
  return {
    page: `${SESSION_PAGE}?id=${session._id}`,
    data: {
      thing1: thing(session.title),
      time2: { value: whenText(new Date(session.startAt)) },
      thing3: thing(session.place),
      thing4: thing(note),
    },
  };
}

/**
 * Tells every expected attendee (the subtree's active members, read in pages) of a change; those who never
 * allowed the message are listed for the leader to tell in person.
 */
export async function notifyExpected(session: SessionRecord, note: string): Promise<NotifyOutcome> {
  const members = await allRows<MemberRecord>(
    db
      .collection(DIRECTORY.members)
      .where({ unitPath: session.unitId, status: 'active' })
      .orderBy('_id', 'asc'),
  );
  return notify('sessionChange', await recipients(members), sessionMessage(session, note));
}

/** Sends one topic's message about a session to the named members (who are still active). */
export async function notifyMembers(
  topic: NotificationTopic,
  session: SessionRecord,
  memberIds: string[],
  note: string,
): Promise<NotifyOutcome> {
  const members: MemberRecord[] = [];
  for (let start = 0; start < memberIds.length; start += 100) {
    members.push(
      ...(await rows<MemberRecord>(
        db
          .collection(DIRECTORY.members)
          .where({ _id: db.command.in(memberIds.slice(start, start + 100)), status: 'active' })
          .limit(100),
      )),
    );
  }
  return notify(topic, await recipients(members), sessionMessage(session, note));
}
