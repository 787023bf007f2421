import { AppError } from '../../../shared/errors';
import { READ_TO_END } from '../../../shared/notices/notice';
import { applyRecord, type ReadingRecord } from '../../../shared/notices/reading';
import { db } from '../../platform/cloud';
import { addToCounter } from '../../platform/counters';
import type { MemberRecord } from '../../platform/directory';
import { atomically, readInTransaction } from '../../platform/transaction';
import { readingCounter } from './counters';
import { NOTICE_COLLECTIONS, receiptId, type ReceiptRecord } from './records';

const receipts = () => db.collection(NOTICE_COLLECTIONS.receipts);

/**
 * The common case in one database request: the reader's receipt exists, this is not a retry of its last
 * record, the claimed seconds fit in the time since that record, and the record moves no figure (it does
 * not reach the end for the first time). Anything else is left to `recordInTransaction`.
 */
export async function recordQuickly(openid: string, noticeId: string, record: ReadingRecord, now: number) {
  const _ = db.command;
  const { stats } = (await receipts()
    .where({
      noticeId,
      readerOpenid: openid,
      lastRecordId: _.neq(record.recordId),
      lastRecordedAt: _.lte(new Date(now - record.activeSeconds * 1000)),
      ...(record.progress >= READ_TO_END ? { finished: true } : {}),
    })
    .update({
      data: {
        progress: _.max(record.progress),
        activeSeconds: _.inc(record.activeSeconds),
        lastRecordedAt: new Date(now),
        lastRecordId: record.recordId,
      },
    })) as { stats: { updated: number } };
  return stats.updated > 0;
}

/** Creates or advances the receipt and its unit's figures in one transaction. */
export async function recordInTransaction(
  openid: string,
  noticeId: string,
  member: MemberRecord,
  record: ReadingRecord,
  now: number,
): Promise<void> {
  const id = receiptId(noticeId, member._id);
  const created = await atomically(async (transaction) => {
    const receipt = await readInTransaction<ReceiptRecord>(transaction, NOTICE_COLLECTIONS.receipts, id);
    const change = applyRecord(
      receipt && { ...receipt, lastRecordedAt: new Date(receipt.lastRecordedAt).getTime() },
      record,
      now,
    );
    if (!change) return false;
    const at = new Date(now);
    const fields = { ...change.next, lastRecordedAt: at, ...(change.finished ? { finishedAt: at } : {}) };
    const unit = receipt ?? { unitId: member.unitId, unitPath: member.unitPath };
    if (receipt) {
      await transaction.collection(NOTICE_COLLECTIONS.receipts).doc(id).update({ data: fields });
    } else {
      const created: Omit<ReceiptRecord, '_id'> = {
        noticeId,
        memberId: member._id,
        readerOpenid: openid,
        unitId: member.unitId,
        unitPath: member.unitPath,
        confirmed: false,
        openedAt: at,
        finishedAt: null,
        confirmedAt: null,
        ...fields,
      };
      await transaction.collection(NOTICE_COLLECTIONS.receipts).doc(id).set({ data: created });
    }
    const deltas = { ...(change.opened ? { opened: 1 } : {}), ...(change.finished ? { finished: 1 } : {}) };
    if (Object.keys(deltas).length > 0)
      await addToCounter(transaction, readingCounter(noticeId, unit), deltas);
    return change.opened;
  });
  // Someone who left and joined again has a receipt of the earlier membership too: progress records
  // must find only the current one.
  if (created) {
    await receipts()
      .where({ noticeId, readerOpenid: openid, memberId: db.command.neq(member._id) })
      .update({ data: { readerOpenid: db.command.remove() } });
  }
}

/** "已学习": only after reading to the end; confirming again changes nothing. */
export async function confirmInTransaction(noticeId: string, member: MemberRecord, now: number) {
  const id = receiptId(noticeId, member._id);
  return atomically(async (transaction) => {
    const receipt = await readInTransaction<ReceiptRecord>(transaction, NOTICE_COLLECTIONS.receipts, id);
    if (!receipt?.finished) throw new AppError('NOT_READ_TO_END');
    if (receipt.confirmed) return receipt;
    const confirmedAt = new Date(now);
    await transaction
      .collection(NOTICE_COLLECTIONS.receipts)
      .doc(id)
      .update({ data: { confirmed: true, confirmedAt } });
    await addToCounter(transaction, readingCounter(noticeId, receipt), { confirmed: 1 });
    return { ...receipt, confirmed: true, confirmedAt };
  });
}
