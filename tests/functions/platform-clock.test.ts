import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cronMatches } from '../../cloudfunctions/local/timer-triggers';
import {
  chinaDate,
  chinaDayStart,
  chinaWeekStart,
  formatChinaDateTime,
  nextChinaMidnight,
} from '../../cloudfunctions/shared/platform/china-time';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';

describe('China time, whatever the machine zone (tests run with TZ=UTC)', () => {
  it('puts 00:30 in Beijing on the Beijing day, though UTC still says yesterday', () => {
    const justAfterMidnight = new Date('2026-11-25T16:30:00Z');
    expect(chinaDate(justAfterMidnight)).toBe('2026-11-26');
    expect(chinaDayStart('2026-11-26').toISOString()).toBe('2026-11-25T16:00:00.000Z');
    expect(nextChinaMidnight(justAfterMidnight).toISOString()).toBe('2026-11-26T16:00:00.000Z');
    expect(formatChinaDateTime(justAfterMidnight, new Date('2026-01-01T00:00:00Z'))).toBe('11月26日 00:30');
    expect(chinaWeekStart(justAfterMidnight)).toBe('2026-11-23');
  });

  it('reads seven-field cron expressions in China time', () => {
    const nineInBeijing = new Date('2026-11-26T01:00:00Z');
    expect(cronMatches('0 0 9 * * * *', nineInBeijing)).toBe(true);
    expect(cronMatches('0 */5 * * * * *', nineInBeijing)).toBe(true);
    expect(cronMatches('0 0 9 * * MON-FRI *', nineInBeijing)).toBe(true);
    expect(cronMatches('0 0 9 * * SAT,SUN *', nineInBeijing)).toBe(false);
    expect(cronMatches('30 * * * * * *', nineInBeijing)).toBe(false);
  });
});

describe('a pinned clock', () => {
  let harness: FunctionHarness;
  beforeAll(async () => {
    harness = await startFunctionHarness({ seed: false });
  });
  afterAll(() => harness?.close());

  it('moves the functions and the database together, so signatures and serverDate still agree', async () => {
    harness.stack.setClock(new Date('2027-03-01T00:00:00Z'));
    const seen = (await harness.invoke(
      'whoami',
      { delayMs: 0 },
      { OPENID: 'openid-clock', SOURCE: 'wx_client' },
    )) as {
      now: string;
    };
    expect(seen.now.slice(0, 10)).toBe('2027-03-01');
    harness.stack.setClock(null);
  });
});
