import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import {
  MAX_RECORD_SECONDS,
  READ_TO_END,
  RECORD_INTERVAL_SECONDS,
  type ReadingState,
} from '@shared/notices/notice';
import { CloudError, NETWORK_ERROR_CODE } from '@/lib/cloud-error';
import { recordReading } from '../api/reading';

/** Without a scroll or touch for this long the person is taken to be away, and time stops counting. */
const IDLE_MS = 60_000;
/** The longest the first record waits for the first screen to be measured. */
const FIRST_RECORD_MS = 3_000;
/** Failures worth sending the same record again for; anything else would fail the same way. */
const TRANSIENT = new Set([NETWORK_ERROR_CODE, 'BUSY', 'UNAVAILABLE', 'INTERNAL']);

interface PendingRecord {
  recordId: string;
  progress: number;
  activeSeconds: number;
}

const newRecordId = () =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`.padEnd(12, '0');

export interface ReadingTracker {
  /** The furthest share of the document seen, on this phone or before. */
  progress: number;
  reachedEnd: boolean;
  /** The reader reports what is on screen (0–1) after every scroll. */
  report: (progress: number) => void;
  /** A touch or scroll: the person is here. */
  noteActivity: () => void;
  /** Sends what is not yet recorded and waits for it (before confirming 已学习). */
  flush: () => Promise<void>;
}

/**
 * Keeps the server's receipt up to date: the furthest progress and the seconds the page was in use (shown,
 * touched within the last minute). It sends as the page opens, then at most every 15 seconds when something
 * changed, and on leaving. A record that failed on the way is sent again unchanged, with the same id, so the
 * server counts it once.
 */
export function useReadingTracker(
  noticeId: string,
  initial: ReadingState | null,
  /** Off for an admin looking at a notice not sent to their unit: nothing of it is recorded. */
  enabled: boolean,
): ReadingTracker {
  const [progress, setProgress] = useState(initial?.progress ?? 0);
  const state = useRef({
    progress: initial?.progress ?? 0,
    recorded: initial?.progress ?? 0,
    seconds: 0,
    visible: true,
    lastActivity: Date.now(),
    lastSent: 0,
    retry: null as PendingRecord | null,
    inFlight: null as Promise<void> | null,
  });

  const send = useCallback((): Promise<void> => {
    const current = state.current;
    if (!enabled) return Promise.resolve();
    if (current.inFlight) return current.inFlight;
    let record = current.retry;
    if (!record) {
      if (current.progress <= current.recorded && current.seconds === 0 && current.lastSent > 0) {
        return Promise.resolve();
      }
      const activeSeconds = Math.min(current.seconds, MAX_RECORD_SECONDS);
      record = { recordId: newRecordId(), progress: current.progress, activeSeconds };
      current.seconds -= activeSeconds;
    }
    const sending = record;
    current.lastSent = Date.now();
    current.inFlight = recordReading({ noticeId, ...sending }).then(
      () => {
        current.retry = null;
        current.recorded = Math.max(current.recorded, sending.progress);
        current.inFlight = null;
      },
      (error: unknown) => {
        const code = error instanceof CloudError ? error.code : NETWORK_ERROR_CODE;
        current.retry = TRANSIENT.has(code) ? sending : null;
        current.inFlight = null;
      },
    );
    return current.inFlight;
  }, [noticeId, enabled]);

  useEffect(() => {
    const openedAt = Date.now();
    const timer = setInterval(() => {
      const current = state.current;
      const now = Date.now();
      const hidden = process.env.TARO_ENV === 'h5' && typeof document !== 'undefined' && document.hidden;
      if (current.visible && !hidden && now - current.lastActivity < IDLE_MS) current.seconds += 1;
      // The first record goes as soon as the first screen is measured: opening counts even without scrolling.
      const due =
        current.lastSent === 0
          ? current.progress > 0 || now - openedAt >= FIRST_RECORD_MS
          : now - current.lastSent >= RECORD_INTERVAL_SECONDS * 1000;
      if (due) void send();
    }, 1000);
    return () => {
      clearInterval(timer);
      void send();
    };
  }, [send]);

  useDidShow(() => {
    state.current.visible = true;
    state.current.lastActivity = Date.now();
  });
  useDidHide(() => {
    state.current.visible = false;
    void send();
  });

  const noteActivity = useCallback(() => {
    state.current.lastActivity = Date.now();
  }, []);

  const report = useCallback((seen: number) => {
    const current = state.current;
    current.lastActivity = Date.now();
    if (seen > current.progress) {
      current.progress = Math.min(1, seen);
      setProgress(current.progress);
    }
  }, []);

  const flush = useCallback(async () => {
    await send();
    // A record already on its way when the last progress came in: send once more with everything.
    if (state.current.progress > state.current.recorded || state.current.retry) await send();
  }, [send]);

  return { progress, reachedEnd: progress >= READ_TO_END, report, noteActivity, flush };
}
