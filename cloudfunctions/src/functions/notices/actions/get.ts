import { memberOrAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { administers, type Authority } from '../../../platform/authority';
import { db } from '../../../platform/cloud';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { rows } from '../../../platform/query';
import { addressedTo, noticeById, notAddressed } from '../notice-lookup';
import { NOTICE_COLLECTIONS, receiptId, type NoticeRecord, type ReceiptRecord } from '../records';
import { noticeSummary } from '../views';

async function followsUp(notice: NoticeRecord, authority: Authority): Promise<boolean> {
  if (notice.audienceUnitIds.some((unitId) => administers(authority, [unitId]))) return true;
  const adminUnits = await loadUnitsById(authority.adminUnitIds);
  return [...adminUnits.values()].some((unit) => addressedTo(notice, unit.path));
}

/**
 * Opening a notice: the caller's authority (one read, shared with the access rule) and their receipt by its
 * id; the notice itself comes from the warm instance after the first time.
 */
export const get = defineAction('notices', 'get', {
  access: memberOrAdmin,
  async run({ noticeId }, caller) {
    const authority = await caller.authority();
    const notice = await noticeById(noticeId);
    const member = authority.member;
    if (member && addressedTo(notice, member.unitPath)) {
      const [receipt] = await rows<ReceiptRecord>(
        db
          .collection(NOTICE_COLLECTIONS.receipts)
          .where({ _id: receiptId(noticeId, member._id) })
          .limit(1),
      );
      return { ...noticeSummary(notice, receipt), document: notice.document, addressed: true };
    }
    // Admins may read what they follow up on in their subtree; they have no receipt of their own there.
    if (!(await followsUp(notice, authority))) throw notAddressed();
    return { ...noticeSummary(notice, null), document: notice.document, addressed: false };
  },
});
