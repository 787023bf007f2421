import { callFunction } from '@/lib/cloud';
import { useCloudQuery } from '@/hooks/use-cloud-query';

export const fetchMyReflections = (cursor?: string) => callFunction('reflections', 'listMine', { cursor });

export const fetchFeed = (scope: 'unit' | 'city', cursor?: string) =>
  callFunction('reflections', 'feed', { scope, cursor });

export const useMySummary = () => useCloudQuery(() => callFunction('reflections', 'mySummary', {}));
