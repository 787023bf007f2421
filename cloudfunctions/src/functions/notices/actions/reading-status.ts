import { PAGE_LIMIT } from '../../../../shared/platform/schema';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { unitById } from '../../../platform/directory-lookup';
import { iso } from '../../../platform/directory-views';
import { readingFigures } from '../figures';
import { noticeById, notAddressed, reachesSubtree } from '../notice-lookup';
import { reminderState } from '../reminders';
import { unitPath } from '../scope';
import { unconfirmedPage } from '../unconfirmed';

/**
 * Who in the admin's subtree has read the notice: figures per direct child unit from the counters, a page
 * of those who have not confirmed, and whether a reminder may be sent today. A fixed number of requests,
 * however many people the subtree has.
 */
export const readingStatus = defineAction('notices', 'readingStatus', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ noticeId, unitId, cursor }) {
    const [notice, unit] = await Promise.all([noticeById(noticeId), unitById(unitId)]);
    if (!reachesSubtree(notice, unit)) throw notAddressed();
    const [figures, notYet, reminder] = await Promise.all([
      readingFigures(notice, unit),
      unconfirmedPage(notice, unit, cursor, PAGE_LIMIT),
      reminderState(noticeId, unitId, Date.now()),
    ]);
    return {
      notice: {
        _id: notice._id,
        title: notice.title,
        publishedAt: iso(notice.publishedAt),
        reportDeadline: notice.reportDeadline,
      },
      unit: { unitId: unit._id, unitName: unit.name },
      ...figures,
      notYet: {
        items: notYet.items.map(({ openid: _openid, ...reader }) => reader),
        nextCursor: notYet.nextCursor,
      },
      reminder,
    };
  },
});
