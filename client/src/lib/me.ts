import { useCloudQuery } from '@/hooks/use-cloud-query';
import { callFunction } from './cloud';

/** Who the caller is (membership, unit path, roles): every feature asks, so it lives outside them. */
export const fetchMe = () => callFunction('account', 'me', {});

export const useMe = () => useCloudQuery(fetchMe);
