import { READ_TO_END } from './notice';

/** The part of a receipt the reading rules decide on. */
export interface ReceiptProgress {
  progress: number;
  activeSeconds: number;
  finished: boolean;
  /** Epoch milliseconds of the last accepted record. */
  lastRecordedAt: number;
  lastRecordId: string;
}

export interface ReadingRecord {
  progress: number;
  activeSeconds: number;
  recordId: string;
}

export interface ReadingChange {
  next: ReceiptProgress;
  /** The receipt is new: the person counts as having opened the notice. */
  opened: boolean;
  /** This record took the person to the end for the first time. */
  finished: boolean;
}

/**
 * Applies one progress record to a receipt: the furthest progress is kept, and active time grows by what
 * was claimed but never by more than the time since the last record (nothing on the first record, which
 * the reader sends as the page opens). The same record sent again changes nothing.
 */
export function applyRecord(
  previous: ReceiptProgress | null,
  record: ReadingRecord,
  now: number,
): ReadingChange | null {
  if (previous?.lastRecordId === record.recordId) return null;
  const possible = previous ? Math.max(0, Math.floor((now - previous.lastRecordedAt) / 1000)) : 0;
  const progress = Math.max(previous?.progress ?? 0, record.progress);
  const finished = progress >= READ_TO_END;
  return {
    next: {
      progress,
      activeSeconds: (previous?.activeSeconds ?? 0) + Math.min(record.activeSeconds, possible),
      finished: finished || (previous?.finished ?? false),
      lastRecordedAt: now,
      lastRecordId: record.recordId,
    },
    opened: previous === null,
    finished: finished && !previous?.finished,
  };
}
