import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { startTestBackend } from '../support/backend';

let t: TestBackend;
const calls: { name: string; event: unknown }[] = [];
beforeAll(async () => {
  t = await startTestBackend({
    invokeFunction: async (name, event) => {
      calls.push({ name, event });
      if (name === 'echo') return { echoed: event, at: 'local' };
      if (name === 'boom') throw new Error('爆炸了');
      throw Object.assign(new Error(`no function ${name}`), { code: 'FUNCTION_NOT_FOUND' });
    },
  });
});
afterAll(async () => {
  await t.close();
});

describe('functions.invokeFunction', () => {
  it('callFunction runs the configured invoker and returns its result', async () => {
    const { result } = await t.cloud.callFunction({ name: 'echo', data: { a: 1, text: '你好' } });
    expect(result).toEqual({ echoed: { a: 1, text: '你好' }, at: 'local' });
    expect(calls[0]).toEqual({ name: 'echo', event: { a: 1, text: '你好' } });
  });

  it('an unknown function is a clear error', async () => {
    const error = await t.cloud.callFunction({ name: 'missing', data: {} }).catch((e: unknown) => e);
    // callFunction errors keep the backend's code; wx-server-sdk sets errCode -1 for them.
    expect(error.code).toBe('FUNCTIONS_REQUEST_FAIL');
    expect(String(error.errMsg ?? error.message)).toMatch(/FUNCTION_NOT_FOUND: 云函数不存在: missing/);
  });

  it('a throwing function is reported as an execution failure', async () => {
    const error = await t.cloud.callFunction({ name: 'boom', data: {} }).catch((e: unknown) => e);
    expect(error.code).toBe('FUNCTIONS_EXECUTE_FAIL');
    expect(String(error.errMsg ?? error.message)).toMatch(/爆炸了/);
  });
});
