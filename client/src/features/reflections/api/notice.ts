import { callFunction } from '@/lib/cloud';
import { fetchNewestNotice } from '@/lib/newest-notice';

/**
 * The notice a reflection is about: the one named in the page's query, or else the newest sent to the
 * person's unit. Only its id and title are used; reading notices is the notices domain's business.
 */
export async function fetchNoticeToReflectOn(
  noticeId?: string,
): Promise<{ _id: string; title: string } | null> {
  if (noticeId) {
    const notice = await callFunction('notices', 'get', { noticeId });
    return { _id: notice._id, title: notice.title };
  }
  return fetchNewestNotice();
}
