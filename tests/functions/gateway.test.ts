import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertLocalMode } from '../../cloudfunctions/local/gateway';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  process.env.CLOUDBASE_LOCAL = '1';
  harness = await startFunctionHarness({ seed: true, gateway: true });
});
afterAll(() => harness?.close());

const url = (path: string) => `${harness.stack.gateway!.url}${path}`;
const post = (path: string, body: unknown, cookie?: string) =>
  fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });

describe('H5 gateway', () => {
  it('refuses to start outside local mode or against a remote backend', () => {
    const saved = process.env.CLOUDBASE_LOCAL;
    try {
      delete process.env.CLOUDBASE_LOCAL;
      expect(() => assertLocalMode('http://127.0.0.1:1/admin')).toThrow('只能在本地模式');
      process.env.CLOUDBASE_LOCAL = '1';
      expect(() => assertLocalMode('https://env.tcb-api.tencentcloudapi.com/admin')).toThrow(
        '只能在本地模式',
      );
      expect(() => assertLocalMode('http://127.0.0.1:1/admin')).not.toThrow();
    } finally {
      process.env.CLOUDBASE_LOCAL = saved;
    }
  });

  it('lists demo identities by role and logs in as one of them', async () => {
    const identities = (await (await fetch(url('/dev/identities'))).json()) as {
      data: { openid: string; role: string; unitName: string }[];
    };
    expect(identities.data.length).toBeGreaterThanOrEqual(60);
    expect(identities.data[0]).toMatchObject({ openid: PERSONAS.federationAdmin, role: 'federation_admin' });
    expect(identities.data.filter((identity) => identity.role === 'unit_admin')).toHaveLength(5);

    const login = await post('/dev/login', { openid: PERSONAS.unitAdmin });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const me = await (await post('/functions/account', { action: 'me' }, cookie)).json();
    expect(me).toMatchObject({ ok: true, data: { member: { unitName: '青岛第二中学工会' } } });
  });

  it('refuses an identity that is not a demo person, and gives a fresh visitor when asked', async () => {
    expect((await post('/dev/login', { openid: 'made-up' })).status).toBe(400);
    const visitor = await post('/dev/login', { openid: null });
    const cookie = visitor.headers.get('set-cookie')!.split(';')[0];
    expect(cookie).toMatch(/^union_dev_openid=dev-new-[0-9a-f]{12}$/);
    const me = await (await post('/functions/account', { action: 'me' }, cookie)).json();
    expect(me).toMatchObject({ ok: true, data: { member: null } });
  });

  it('gives a first-time browser a visitor identity, as WeChat gives every user an openid', async () => {
    const first = await post('/functions/notices', { action: 'latest' });
    expect(await first.json()).toMatchObject({
      ok: true,
      data: { title: expect.stringContaining('青岛市总工会') },
    });
    expect(first.headers.get('set-cookie')).toMatch(/^union_dev_openid=dev-new-/);
  });

  it('answers unknown functions and bad JSON with clear errors', async () => {
    const unknown = await post('/functions/nope', { action: 'x' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'UNKNOWN_FUNCTION' });
    const garbled = await fetch(url('/functions/notices'), { method: 'POST', body: '{oops' });
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toMatchObject({ code: 'INVALID_JSON', message: '请求内容不是合法的 JSON' });
  });
});
