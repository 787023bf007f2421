import { callFunction } from '@/lib/cloud';
import { useCloudQuery } from '@/hooks/use-cloud-query';

export const fetchMe = () => callFunction('account', 'me', {});

export const useMe = () => useCloudQuery(fetchMe);
