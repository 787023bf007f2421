import { describe, expect, it } from 'vitest';
import type { FunctionEvent } from '../../cloudfunctions/shared/contract';
import { askEarly, takeEarly } from '../../client/src/lib/early-answer';

const noticeGet = (noticeId: string): FunctionEvent => ({ action: 'get', payload: { noticeId } });

describe('early answers (a launch starts the request its page will make)', () => {
  it("hands the page's identical call the answer asked for at launch, once; a reload asks afresh", async () => {
    const sent: Array<[string, FunctionEvent]> = [];
    askEarly('notices', 'get', { noticeId: 'n1' }, async (name, event) => {
      sent.push([name, event]);
      return { ok: true, data: { _id: 'n1' } };
    });
    expect(sent).toEqual([['notices', noticeGet('n1')]]);
    await expect(takeEarly('notices', noticeGet('n1'))).resolves.toEqual({ ok: true, data: { _id: 'n1' } });
    expect(takeEarly('notices', noticeGet('n1'))).toBeUndefined();
    // Another notice, another function or another action is a different call.
    askEarly('notices', 'get', { noticeId: 'n3' }, async () => ({ ok: true, data: {} }));
    expect(takeEarly('notices', noticeGet('n2'))).toBeUndefined();
    expect(takeEarly('reflections', noticeGet('n3'))).toBeUndefined();
    expect(takeEarly('notices', { action: 'list', payload: { noticeId: 'n3' } })).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it('passes a failure on to the call that takes it, and reports none that nobody takes', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      askEarly('notices', 'get', { noticeId: 'gone' }, () => Promise.reject(new Error('NETWORK')));
      askEarly('notices', 'get', { noticeId: 'left' }, () => Promise.reject(new Error('NETWORK')));
      await expect(takeEarly('notices', noticeGet('gone'))).rejects.toThrow('NETWORK');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
