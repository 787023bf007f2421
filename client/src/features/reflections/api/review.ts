import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export type ReviewStatus = NonNullable<ActionInput<'reflections', 'listForReview'>['status']>;

export const fetchForReview = (unitId: string, status: ReviewStatus, cursor?: string) =>
  callFunction('reflections', 'listForReview', { unitId, status, cursor });

export const reviewReflection = (reflectionId: string, decision: 'publish' | 'return', reason?: string) =>
  callFunction('reflections', 'review', { reflectionId, decision, reason });

export const featureReflection = (reflectionId: string) =>
  callFunction('reflections', 'feature', { reflectionId });
