import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNotice } from '../../shared/notices/parse';
import { ROOT_UNIT_ID } from '../../shared/org/unit';
import type { MemberRecord } from '../../src/platform/directory';
import { readingCounter } from '../../src/functions/notices/counters';
import {
  NOTICE_COLLECTIONS,
  receiptId,
  type NoticeRecord,
  type ReceiptRecord,
} from '../../src/functions/notices/records';
import type { AdminDatabase } from '../admin-sdk';
import type { DemoUnit } from './demo-org';

export const SEED_NOTICE_ID = 'notice-qingdao-reform-study';
export const SEED_NOTICE_TITLE =
  '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知';

/** The demo lives on 2026-11-26: the notice went out two days earlier, units report by 11 December. */
const PUBLISHED_AT = new Date('2026-11-24T01:30:00.000Z');
const REPORT_DEADLINE = '2026-12-11';
const HOUR = 3_600_000;

/** How far each demo member got, by their place in their unit: the first two (an admin and a worker) not at all. */
function demoReading(place: number): 'none' | 'reading' | 'confirmed' {
  if (place <= 2) return 'none';
  return (['confirmed', 'reading', 'none'] as const)[place % 3];
}

function receiptOf(member: MemberRecord, place: number, index: number): ReceiptRecord | null {
  const stage = demoReading(place);
  if (stage === 'none') return null;
  const openedAt = new Date(PUBLISHED_AT.getTime() + (2 + (index % 30)) * HOUR);
  const confirmed = stage === 'confirmed';
  const doneAt = new Date(openedAt.getTime() + (12 + (index % 9)) * 60_000);
  return {
    _id: receiptId(SEED_NOTICE_ID, member._id),
    noticeId: SEED_NOTICE_ID,
    memberId: member._id,
    readerOpenid: member.openid,
    unitId: member.unitId,
    unitPath: member.unitPath,
    progress: confirmed ? 1 : 0.3 + (index % 4) * 0.1,
    activeSeconds: confirmed ? 600 + (index % 9) * 60 : 120 + (index % 5) * 30,
    finished: confirmed,
    confirmed,
    openedAt,
    finishedAt: confirmed ? doneAt : null,
    confirmedAt: confirmed ? doneAt : null,
    lastRecordedAt: confirmed ? doneAt : new Date(openedAt.getTime() + 5 * 60_000),
    lastRecordId: `seed-${member._id}`,
  };
}

/** The seed notice as other domains' demo data refer to it. */
export function demoNotice(): { _id: string; title: string; body: string } {
  const body = readFileSync(path.join(__dirname, 'notice.txt'), 'utf8');
  return { _id: SEED_NOTICE_ID, title: parseNotice(body).document.title, body };
}

/**
 * The seed notice, published to every unit with a report deadline, and a realistic morning after it: in
 * each unit some have confirmed 已学习, some are part-way, the rest have not opened it; half the members
 * allowed study reminders. Receipts come with the counters the function would have written beside them.
 * The notice goes last: its presence marks a completely seeded database.
 */
export async function seedNotices(
  db: AdminDatabase,
  demo: { units: DemoUnit[]; members: MemberRecord[] },
): Promise<void> {
  const places = new Map<string, number>();
  const receipts: ReceiptRecord[] = [];
  demo.members.forEach((member, index) => {
    const place = (places.get(member.unitId) ?? 0) + 1;
    places.set(member.unitId, place);
    const receipt = receiptOf(member, place, index);
    if (receipt) receipts.push(receipt);
  });
  for (const receipt of receipts) {
    const { _id, ...fields } = receipt;
    await db.collection(NOTICE_COLLECTIONS.receipts).doc(_id).set({ data: fields });
  }

  const figures = new Map<string, { unit: ReceiptRecord; values: Record<string, number> }>();
  for (const receipt of receipts) {
    const entry = figures.get(receipt.unitId) ?? {
      unit: receipt,
      values: { opened: 0, finished: 0, confirmed: 0 },
    };
    entry.values.opened += 1;
    if (receipt.finished) entry.values.finished += 1;
    if (receipt.confirmed) entry.values.confirmed += 1;
    figures.set(receipt.unitId, entry);
  }
  for (const { unit, values } of figures.values()) {
    const ref = readingCounter(SEED_NOTICE_ID, unit);
    await db
      .collection('counters')
      .doc(`${ref.key}#0`)
      .set({ data: { key: ref.key, ...ref.attributes, values } });
  }

  // Subscriptions as platform/notify.ts keeps them: one document per topic and person.
  for (const member of demo.members.filter((_, index) => index % 2 === 0)) {
    await db
      .collection('subscriptions')
      .doc(`studyReminder:${member.openid}`)
      .set({ data: { openid: member.openid, topic: 'studyReminder', remaining: 2 } });
  }

  const { body } = demoNotice();
  const { document } = parseNotice(body);
  const notice: Omit<NoticeRecord, '_id'> = {
    title: document.title,
    issuer: '青岛市总工会',
    document,
    body,
    targetUnitIds: [ROOT_UNIT_ID],
    audienceUnitIds: [ROOT_UNIT_ID],
    reportDeadline: REPORT_DEADLINE,
    publishedAt: PUBLISHED_AT,
    publishedByMemberId: demo.members.find((member) => member.unitId === 'unit-organisation')?._id ?? null,
    status: 'published',
  };
  await db.collection(NOTICE_COLLECTIONS.notices).doc(SEED_NOTICE_ID).set({ data: notice });
}
