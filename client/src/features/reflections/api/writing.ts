import type { ActionInput } from '@shared/contract';
import { callFunction } from '@/lib/cloud';

export type WritingInput = ActionInput<'reflections', 'submit'>;

export const saveDraft = (input: ActionInput<'reflections', 'saveDraft'>) =>
  callFunction('reflections', 'saveDraft', input);

export const submitReflection = (input: WritingInput) => callFunction('reflections', 'submit', input);

export const uploadPhoto = (contentType: 'image/jpeg' | 'image/png', contentBase64: string) =>
  callFunction('reflections', 'uploadPhoto', { contentType, contentBase64 });
