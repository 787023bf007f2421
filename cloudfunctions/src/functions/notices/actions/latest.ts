import type { Notice } from '../../../../shared/domain/notice';
import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { rows } from '../../../platform/query';

interface NoticeRecord extends Omit<Notice, 'publishedAt'> {
  publishedAt: Date;
}

export const latest = defineAction('notices', 'latest', {
  access: signedIn,
  async run() {
    const [record] = await rows<NoticeRecord>(
      db.collection('notices').orderBy('publishedAt', 'desc').limit(1),
    );
    if (!record) return null;
    return { ...record, publishedAt: new Date(record.publishedAt).toISOString() };
  },
});
