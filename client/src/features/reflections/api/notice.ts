import { callFunction } from '@/lib/cloud';

/**
 * The notice a reflection is about: the one named in the page's query, or else the latest. Only its id and
 * title are used; reading notices is the notices domain's business.
 */
export async function fetchNoticeToReflectOn(
  noticeId?: string,
): Promise<{ _id: string; title: string } | null> {
  const latest = await callFunction('notices', 'latest', {});
  if (!noticeId || latest?._id === noticeId) return latest;
  return { _id: noticeId, title: '' };
}
