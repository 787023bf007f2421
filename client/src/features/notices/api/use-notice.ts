import { useCloudQuery } from '@/hooks/use-cloud-query';
import { fetchNotice } from './notices';

export const useNotice = (noticeId: string) => useCloudQuery(() => fetchNotice(noticeId));
