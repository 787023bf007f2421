import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { pageOf } from '../../../platform/paging';
import { rows } from '../../../platform/query';
import {
  NOTICE_COLLECTIONS,
  NOTICE_LIST_FIELDS,
  receiptId,
  type ListedNotice,
  type ReceiptRecord,
} from '../records';
import { noticeSummary } from '../views';

export const list = defineAction('notices', 'list', {
  access: activeMember,
  async run({ cursor, limit }, caller) {
    const member = (await caller.authority()).member!;
    const page = await pageOf<ListedNotice>({
      collection: NOTICE_COLLECTIONS.notices,
      where: { status: 'published', targetUnitIds: db.command.in(member.unitPath) },
      orderBy: 'publishedAt',
      direction: 'desc',
      cursor,
      limit,
      fields: NOTICE_LIST_FIELDS,
    });
    const ids = page.items.map((notice) => receiptId(notice._id, member._id));
    const receipts = ids.length
      ? await rows<ReceiptRecord>(
          db
            .collection(NOTICE_COLLECTIONS.receipts)
            .where({ _id: db.command.in(ids) })
            .limit(ids.length),
        )
      : [];
    const byNotice = new Map(receipts.map((receipt) => [receipt.noticeId, receipt]));
    return {
      items: page.items.map((notice) => noticeSummary(notice, byNotice.get(notice._id))),
      nextCursor: page.nextCursor,
    };
  },
});
