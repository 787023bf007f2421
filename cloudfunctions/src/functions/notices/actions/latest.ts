import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { rows } from '../../../platform/query';
import { NOTICE_COLLECTIONS, type NoticeRecord } from '../records';

export const latest = defineAction('notices', 'latest', {
  access: signedIn,
  async run() {
    const [record] = await rows<NoticeRecord>(
      db.collection(NOTICE_COLLECTIONS.notices).orderBy('publishedAt', 'desc').limit(1),
    );
    if (!record) return null;
    return { ...record, publishedAt: new Date(record.publishedAt).toISOString() };
  },
});
