import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBackend } from '../support/backend';
import { errCodeOf, startTestBackend } from '../support/backend';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(async () => {
  await t.close();
});

describe('wx.openApi', () => {
  it('msgSecCheck v2 passes ordinary text', async () => {
    const result = await t.cloud.openapi.security.msgSecCheck({
      openid: 'o-1',
      scene: 2,
      version: 2,
      content: '认真学习贯彻全会精神',
    });
    expect(result).toMatchObject({ errCode: 0, result: { suggest: 'pass', label: 100 } });
  });

  it('msgSecCheck v2 marks text from the rule list as risky', async () => {
    const result = await t.cloud.openapi.security.msgSecCheck({
      openid: 'o-1',
      scene: 2,
      version: 2,
      content: '周末一起去赌博吧',
    });
    expect(result).toMatchObject({ errCode: 0, result: { suggest: 'risky', label: 20006 } });
    expect(result.detail[0]).toMatchObject({ suggest: 'risky', label: 20006, keyword: '赌博' });
  });

  it('msgSecCheck v2 asks for a person to look at text from the review list, and risky wins over it', async () => {
    const doubtful = await t.cloud.openapi.security.msgSecCheck({
      openid: 'o-1',
      scene: 2,
      version: 2,
      content: '单位里有人说要组织集体上访',
    });
    expect(doubtful).toMatchObject({ errCode: 0, result: { suggest: 'review', label: 20001 } });
    expect(doubtful.detail[0]).toMatchObject({ suggest: 'review', keyword: '集体上访' });
    const both = await t.cloud.openapi.security.msgSecCheck({
      openid: 'o-1',
      scene: 2,
      version: 2,
      content: '复核词测试，还有赌博',
    });
    expect(both.result).toEqual({ suggest: 'risky', label: 20006 });
    // Version 1 knows only pass or refuse: text held for review passes there.
    expect(await t.cloud.openapi.security.msgSecCheck({ content: '复核词测试' })).toMatchObject({
      errCode: 0,
    });
  });

  it('msgSecCheck v1 rejects risky text with 87014', async () => {
    expect(await errCodeOf(t.cloud.openapi.security.msgSecCheck({ content: '加微信 兼职返利' }))).toBe(87014);
  });

  it('subscribeMessage.send is recorded in the outbox', async () => {
    const result = await t.cloud.openapi.subscribeMessage.send({
      touser: 'o-leader',
      templateId: 'tpl-1',
      page: 'pages/notice/index?id=n1',
      data: { thing1: { value: '学习通知' } },
      miniprogramState: 'developer',
    });
    expect(result.errCode).toBe(0);
    const outbox = await t.backend.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      apiName: 'subscribeMessage.send',
      payload: { touser: 'o-leader', template_id: 'tpl-1', data: { thing1: { value: '学习通知' } } },
    });
  });

  it('wxacode.getUnlimited answers a PNG code of the page and scene (local stand-in)', async () => {
    const result = await t.cloud.openapi.wxacode.getUnlimited({
      scene: 'ABCD2345',
      page: 'pages/join/index',
    });
    expect(result.contentType).toBe('image/png');
    expect(Buffer.from(result.buffer).subarray(1, 4).toString('ascii')).toBe('PNG');
    const tooLong = await errCodeOf(t.cloud.openapi.wxacode.getUnlimited({ scene: 'x'.repeat(33) }));
    expect(tooLong).toBe(40169);
  });

  it('an unknown openapi is an explicit error', async () => {
    const error = await t.cloud.openapi.wxa.getPaidUnionid({ openid: 'o-1' }).catch((e: unknown) => e);
    expect(error.errCode).toBe(-501001);
    expect(String(error.errMsg)).toMatch(/不支持的开放接口: wxa.getPaidUnionid/);
  });
});
