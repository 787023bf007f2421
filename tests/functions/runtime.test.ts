import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: false });
});
afterAll(() => harness?.close());

/** An event the structured clone that carries it to a worker cannot copy (its recursion overflows). */
function nestedArrays(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

interface Whoami {
  before: string | null;
  after: string | null;
  source: string;
  nested: Whoami | null;
}

describe('function runtime', () => {
  it('gives every concurrent invocation its own identity, before and after awaiting backend I/O', async () => {
    const openids = Array.from({ length: 40 }, (_, i) => `openid-concurrent-${i}`);
    const results = (await Promise.all(
      openids.map((openid, i) =>
        harness.invoke('whoami', { delayMs: (i * 7) % 23 }, { OPENID: openid, SOURCE: 'wx_client' }),
      ),
    )) as Whoami[];
    results.forEach((result, i) => {
      expect(result.before).toBe(openids[i]);
      expect(result.after).toBe(openids[i]);
      expect(result.source).toBe('wx_client');
    });
  });

  it('lets a function call another through cloud.callFunction, the callee seeing a function source', async () => {
    const result = (await harness.invoke(
      'whoami',
      { callOther: true },
      { OPENID: 'openid-outer', SOURCE: 'wx_client' },
    )) as Whoami;
    expect(result.before).toBe('openid-outer');
    expect(result.nested).toMatchObject({ source: 'wx_function', before: null });
  });

  it('stops an invocation that runs past the timeout (3 s without config.json) and keeps serving', async () => {
    await expect(
      harness.invoke('whoami', { delayMs: 4000 }, { OPENID: 'openid-slow', SOURCE: 'wx_client' }),
    ).rejects.toMatchObject({ code: 'FUNCTION_TIMEOUT', message: expect.stringContaining('3000 毫秒') });
    const next = (await harness.invoke(
      'whoami',
      {},
      { OPENID: 'openid-after', SOURCE: 'wx_client' },
    )) as Whoami;
    expect(next.after).toBe('openid-after');
  });

  it('fails only the call whose event cannot reach a worker, and frees the worker for the next', async () => {
    const poolSize = 4;
    const unsendable = Array.from({ length: poolSize + 2 }, () =>
      harness.invoke('whoami', nestedArrays(10_000), { OPENID: 'openid-deep', SOURCE: 'wx_client' }),
    );
    for (const call of unsendable) {
      await expect(call).rejects.toMatchObject({
        code: 'FUNCTION_EVENT_UNSENDABLE',
        message: expect.stringContaining('whoami'),
      });
    }
    const next = (await harness.invoke(
      'whoami',
      {},
      { OPENID: 'openid-after-deep', SOURCE: 'wx_client' },
    )) as Whoami;
    expect(next.after).toBe('openid-after-deep');
  }, 15_000);

  it('refuses an unknown function with FUNCTION_NOT_FOUND', async () => {
    await expect(harness.invoke('no-such-function', {}, { SOURCE: 'wx_client' })).rejects.toMatchObject({
      code: 'FUNCTION_NOT_FOUND',
    });
    await expect(harness.invoke('../notices', {}, { SOURCE: 'wx_client' })).rejects.toMatchObject({
      code: 'FUNCTION_NOT_FOUND',
    });
  });
});
