import { callFunction } from '@/lib/cloud';
import { useCloudQuery } from '@/hooks/use-cloud-query';

export const fetchReflection = (reflectionId: string) => callFunction('reflections', 'get', { reflectionId });

export const useReflection = (reflectionId: string) => useCloudQuery(() => fetchReflection(reflectionId));

export const withdrawReflection = (reflectionId: string) =>
  callFunction('reflections', 'withdraw', { reflectionId });

export const likeReflection = (reflectionId: string) => callFunction('reflections', 'like', { reflectionId });
