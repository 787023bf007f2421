import { callFunction } from '@/lib/cloud';
import { useCloudQuery } from '@/hooks/use-cloud-query';

export const fetchUnitTree = () => callFunction('org', 'unitTree', {});

export const useUnitTree = () => useCloudQuery(fetchUnitTree);
