import { useCloudQuery } from '@/hooks/use-cloud-query';
import { arrivedData } from '@/lib/cloud';
import { fetchNotice } from './notices';

export const useNotice = (noticeId: string) =>
  useCloudQuery(
    () => fetchNotice(noticeId),
    () => arrivedData('notices', 'get', { noticeId }),
  );
