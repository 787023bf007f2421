import { callFunction } from '@/lib/cloud';
import { useCloudQuery } from '@/hooks/use-cloud-query';

export const fetchLatestNotice = () => callFunction('notices', 'latest', {});

export const useLatestNotice = () => useCloudQuery(fetchLatestNotice);
