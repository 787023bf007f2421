import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { addressedTo, noticeById, notAddressed } from '../notice-lookup';
import { confirmInTransaction } from '../receipt-writes';
import { readingState } from '../views';

export const confirmRead = defineAction('notices', 'confirmRead', {
  access: activeMember,
  async run({ noticeId }, caller) {
    const member = (await caller.authority()).member!;
    const notice = await noticeById(noticeId);
    if (!addressedTo(notice, member.unitPath)) throw notAddressed();
    return readingState(await confirmInTransaction(noticeId, member, Date.now()))!;
  },
});
