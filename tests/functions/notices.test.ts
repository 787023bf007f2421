import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notice } from '../../cloudfunctions/shared/notices/notice';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const SEED_TITLE = '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知';

describe('notices function', () => {
  it('returns the seed notice from the database', async () => {
    const result = await harness.call<Notice>('notices', 'latest');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.title).toBe(SEED_TITLE);
    expect(result.data.addressees).toBe('各市直工会，市总工会机关各部门、各直属事业单位');
    expect(result.data.body).toContain('报告市总工会组织部');
    expect(new Date(result.data.publishedAt).toString()).not.toBe('Invalid Date');
  });

  it('refuses a caller without a WeChat identity', async () => {
    expect(await harness.call('notices', 'latest', {}, null)).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('微信身份'),
    });
  });

  it('answers an unknown action with UNKNOWN_ACTION', async () => {
    expect(await harness.call('notices', 'dropAll')).toMatchObject({ ok: false, code: 'UNKNOWN_ACTION' });
    expect(await harness.invoke('notices', {}, { OPENID: 'x', SOURCE: 'wx_client' })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTION',
    });
  });

  it('rejects unexpected input fields with INVALID_INPUT', async () => {
    expect(await harness.call('notices', 'latest', { unit: 'someone-else' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });
});
