import { AppError } from '../../../../shared/errors';
import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { addressedTo, noticeById, notAddressed } from '../notice-lookup';
import { recordInTransaction, recordQuickly } from '../receipt-writes';

/**
 * A progress record from the reader: usually one conditional update of the caller's own receipt (found by
 * the platform's openid, never the payload). Only the first record, a record that reaches the end for the
 * first time, a retry or a claim of more time than has passed read the membership and write in a
 * transaction with the unit's figures.
 */
export const recordReading = defineAction('notices', 'recordReading', {
  access: signedIn,
  async run({ noticeId, progress, activeSeconds, recordId }, caller) {
    const now = Date.now();
    const record = { progress, activeSeconds, recordId };
    if (await recordQuickly(caller.openid, noticeId, record, now)) return { recorded: true as const };
    const { member } = await caller.authority();
    if (!member) throw new AppError('NOT_A_MEMBER');
    const notice = await noticeById(noticeId);
    if (!addressedTo(notice, member.unitPath)) throw notAddressed();
    await recordInTransaction(caller.openid, noticeId, member, record, now);
    return { recorded: true as const };
  },
});
