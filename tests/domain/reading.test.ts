import { describe, expect, it } from 'vitest';
import { readingLabel, readingStage } from '../../cloudfunctions/shared/notices/notice';
import { applyRecord, type ReceiptProgress } from '../../cloudfunctions/shared/notices/reading';

const T0 = Date.UTC(2026, 10, 26, 2, 0, 0);
const receipt = (overrides: Partial<ReceiptProgress> = {}): ReceiptProgress => ({
  progress: 0.4,
  activeSeconds: 100,
  finished: false,
  lastRecordedAt: T0,
  lastRecordId: 'record-a',
  ...overrides,
});

describe('applyRecord', () => {
  it('opens a receipt with the first record, counting no time before it', () => {
    const change = applyRecord(null, { progress: 0.1, activeSeconds: 30, recordId: 'record-1' }, T0);
    expect(change).toEqual({
      next: {
        progress: 0.1,
        activeSeconds: 0,
        finished: false,
        lastRecordedAt: T0,
        lastRecordId: 'record-1',
      },
      opened: true,
      finished: false,
    });
  });

  it('keeps the furthest progress when a record reports less', () => {
    const change = applyRecord(
      receipt(),
      { progress: 0.2, activeSeconds: 10, recordId: 'record-b' },
      T0 + 15_000,
    );
    expect(change?.next.progress).toBe(0.4);
    expect(change?.next.activeSeconds).toBe(110);
  });

  it('caps active time at the seconds since the last record', () => {
    const change = applyRecord(
      receipt(),
      { progress: 0.5, activeSeconds: 600, recordId: 'record-b' },
      T0 + 20_500,
    );
    expect(change?.next.activeSeconds).toBe(120);
    expect(
      applyRecord(receipt(), { progress: 0.5, activeSeconds: 5, recordId: 'b' }, T0 - 60_000)?.next
        .activeSeconds,
    ).toBe(100);
  });

  it('changes nothing for the same record sent again', () => {
    expect(
      applyRecord(receipt(), { progress: 0.9, activeSeconds: 15, recordId: 'record-a' }, T0 + 60_000),
    ).toBeNull();
  });

  it('says when the end is reached for the first time, and only then', () => {
    const first = applyRecord(receipt(), { progress: 0.995, activeSeconds: 15, recordId: 'b' }, T0 + 15_000);
    expect(first).toMatchObject({ finished: true, next: { finished: true, progress: 0.995 } });
    const again = applyRecord(first!.next, { progress: 1, activeSeconds: 15, recordId: 'c' }, T0 + 30_000);
    expect(again).toMatchObject({ finished: false, opened: false, next: { finished: true, progress: 1 } });
  });
});

describe('reading labels', () => {
  it('reads 未读 / 已读 x% / 已学习', () => {
    const state = { progress: 0, activeSeconds: 0, finished: false, confirmed: false, confirmedAt: null };
    expect(readingLabel(null)).toBe('未读');
    expect(readingLabel(state)).toBe('未读');
    expect(readingLabel({ ...state, progress: 0.357 })).toBe('已读 35%');
    expect(readingLabel({ ...state, progress: 0.001 })).toBe('已读 1%');
    expect(readingLabel({ ...state, progress: 1, finished: true })).toBe('已读 100%');
    expect(readingLabel({ ...state, progress: 1, finished: true, confirmed: true })).toBe('已学习');
    expect(readingStage({ ...state, progress: 0.2 })).toBe('reading');
  });
});
