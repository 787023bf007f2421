import Taro from '@tarojs/taro';
import type { ReflectionPhoto } from '@shared/reflections/reflection';

/** What is being written, kept on the phone as it is typed so closing the app loses nothing. */
export interface LocalDraft {
  /** Chosen when writing begins; the server derives the new reflection's id from it. */
  draftKey: string;
  /** Set once the server has the reflection (saved or submitted before). */
  reflectionId?: string;
  noticeId: string;
  sessionId?: string;
  title: string;
  text: string;
  photos: ReflectionPhoto[];
  savedAt: string;
}

const keyOf = (noticeId: string, reflectionId?: string) =>
  reflectionId ? `reflection-draft:${reflectionId}` : `reflection-draft:new:${noticeId}`;

const KEY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

export function newDraftKey(): string {
  let key = '';
  for (let index = 0; index < 24; index += 1) {
    key += KEY_ALPHABET[Math.floor(Math.random() * KEY_ALPHABET.length)];
  }
  return key;
}

export function loadDraft(noticeId: string, reflectionId?: string): LocalDraft | null {
  try {
    const stored = Taro.getStorageSync(keyOf(noticeId, reflectionId)) as LocalDraft | '';
    return stored && typeof stored === 'object' && typeof stored.text === 'string' ? stored : null;
  } catch {
    return null;
  }
}

export function storeDraft(draft: LocalDraft): void {
  try {
    Taro.setStorageSync(keyOf(draft.noticeId, draft.reflectionId), draft);
  } catch {
    // Storage full or unavailable: typing goes on; the server copy (保存草稿) still works.
  }
}

export function forgetDraft(noticeId: string, reflectionId?: string): void {
  try {
    Taro.removeStorageSync(keyOf(noticeId, reflectionId));
    if (reflectionId) Taro.removeStorageSync(keyOf(noticeId));
  } catch {
    // Nothing to forget.
  }
}
