import { describe, expect, it } from 'vitest';
import { askEarly, takeEarly } from '../../client/src/lib/early-answer';

describe('early answers (a launch starts the request its page will make)', () => {
  it('hands the page the answer asked for at launch, once; a reload asks afresh', async () => {
    let asked = 0;
    askEarly('notices.get:n1', async () => {
      asked += 1;
      return { _id: 'n1' };
    });
    await expect(takeEarly('notices.get:n1')).resolves.toEqual({ _id: 'n1' });
    expect(takeEarly('notices.get:n1')).toBeUndefined();
    expect(takeEarly('notices.get:n2')).toBeUndefined();
    expect(asked).toBe(1);
  });

  it('passes a failure on to the page that takes it, and reports none that nobody takes', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      askEarly('notices.get:gone', () => Promise.reject(new Error('NOT_FOUND')));
      askEarly('notices.get:left', () => Promise.reject(new Error('UNAUTHENTICATED')));
      await expect(takeEarly('notices.get:gone')).rejects.toThrow('NOT_FOUND');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
