import { useEffect, useRef, useState } from 'react';
import { useDidHide } from '@tarojs/taro';
import { storeDraft, type LocalDraft } from './draft-store';

const WRITE_DELAY_MS = 400;

/**
 * The draft being written, mirrored to the phone's storage shortly after every change and at once when the
 * page is hidden or closed, so closing the app loses nothing.
 */
export function useLocalDraft(initial: LocalDraft) {
  const [draft, setDraft] = useState(initial);
  const latest = useRef(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dirty = useRef(false);

  const flush = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    storeDraft(latest.current);
  }).current;

  useDidHide(flush);
  useEffect(() => {
    // A browser tab being closed or navigated away fires no page hook.
    if (process.env.TARO_ENV === 'h5') window.addEventListener('pagehide', flush);
    return () => {
      if (process.env.TARO_ENV === 'h5') window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const change = (patch: Partial<LocalDraft>) => {
    const next = { ...latest.current, ...patch, savedAt: new Date().toISOString() };
    latest.current = next;
    setDraft(next);
    dirty.current = true;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, WRITE_DELAY_MS);
  };

  return { draft, change, flush };
}
