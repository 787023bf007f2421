import { db } from './cloud';
import { rows } from './query';

/**
 * Other domains point at a notice by id (a study session studies one); this is the one read of the notices
 * collection they may make: whether the notice exists, and its title to show beside the reference.
 */
export async function noticeTitle(noticeId: string): Promise<string | null> {
  const [notice] = await rows<{ title?: unknown }>(
    db.collection('notices').where({ _id: noticeId }).field({ title: true }).limit(1),
  );
  if (!notice) return null;
  return typeof notice.title === 'string' ? notice.title : '';
}
