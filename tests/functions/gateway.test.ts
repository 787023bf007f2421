import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertLocalMode, startGateway } from '../../cloudfunctions/local/gateway';
import { makeTempDir } from '../support/backend';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { rawRequest } from '../support/http';
import { PERSONAS } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  process.env.CLOUDBASE_LOCAL = '1';
  harness = await startFunctionHarness({ seed: true, gateway: true });
});
afterAll(() => harness?.close());

const gatewayUrl = () => harness.stack.gateway!.url;
const url = (path: string) => `${gatewayUrl()}${path}`;
const post = (path: string, body: unknown, cookie?: string) =>
  fetch(url(path), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
const cookieOf = (response: Response) => response.headers.get('set-cookie')!.split(';')[0];
const visitorCookie = async () => cookieOf(await post('/dev/login', { openid: null }));
const whoamiAs = async (cookie: string) => post('/functions/whoami', {}, cookie);
const isCleared = (setCookie: string | null | undefined) =>
  /^union_dev_openid=;.*Max-Age=0/.test(setCookie ?? '');

/** JSON text of arrays nested `depth` deep around an empty one, e.g. depth 2 → [[]]. */
const nestedArraysText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

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
    const me = await (await post('/functions/account', { action: 'me' }, cookieOf(login))).json();
    expect(me).toMatchObject({ ok: true, data: { member: { unitName: '青岛第二中学工会' } } });
  });

  it('refuses an identity that is not a demo person, and issues a fresh signed visitor id when asked', async () => {
    const madeUp = await post('/dev/login', { openid: 'made-up' });
    expect(madeUp.status).toBe(400);
    expect(await madeUp.json()).toMatchObject({ ok: false, code: 'UNKNOWN_IDENTITY' });
    const cookie = await visitorCookie();
    expect(cookie).toMatch(/^union_dev_openid=dev-new-[0-9a-f]{12}\.[A-Za-z0-9_-]{22}$/);
    expect(await visitorCookie()).not.toBe(cookie);
    const me = await (await post('/functions/account', { action: 'me' }, cookie)).json();
    expect(me).toMatchObject({ ok: true, data: { member: null } });
  });

  it('refuses a login body that is not an object of an openid, changing nothing', async () => {
    for (const body of ['null', '[]', '"x"', '5', '{"openid":5}', '{"openid":["x"]}']) {
      const answer = await fetch(url('/dev/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(answer.status, body).toBe(400);
      expect(await answer.json(), body).toMatchObject({ ok: false, message: expect.any(String) });
      expect(answer.headers.get('set-cookie'), body).toBeNull();
    }
  });

  it('answers a call without an identity with UNAUTHENTICATED, invoking nothing and issuing no identity', async () => {
    const invoke = vi.spyOn(harness.stack.runtime, 'invoke');
    try {
      const anonymous = await post('/functions/notices', { action: 'list' });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({
        ok: false,
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('选择演示身份'),
      });
      expect(anonymous.headers.get('set-cookie')).toBeNull();
      expect(invoke).not.toHaveBeenCalled();
    } finally {
      invoke.mockRestore();
    }
  });

  it('refuses a cookie naming nobody on record or a visitor id it did not sign, and clears the cookie', async () => {
    const genuine = (await visitorCookie()).split('=')[1];
    const [body, mac] = genuine.split('.');
    const forged = [
      'made-up',
      'dev-new-0123456789ab',
      `${body.slice(0, -1)}${body.endsWith('0') ? '1' : '0'}.${mac}`,
      `${body}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
    ];
    for (const openid of forged) {
      const answer = await whoamiAs(`union_dev_openid=${openid}`);
      expect(answer.status, openid).toBe(401);
      expect(await answer.json()).toMatchObject({
        ok: false,
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('重新选择演示身份'),
      });
      expect(isCleared(answer.headers.get('set-cookie')), openid).toBe(true);
    }
  });

  it('accepts anyone on record: a member of any status and a role holder who is not a member', async () => {
    await harness.stack.db.collection('members').add({
      data: { openid: 'openid-former-member', name: '前成员', unitId: 'unit-school-2', status: 'removed' },
    });
    await harness.stack.db.collection('roles').add({
      data: { openid: 'openid-role-only', role: 'unit_admin', unitId: 'unit-school-2' },
    });
    for (const openid of ['openid-former-member', 'openid-role-only', PERSONAS.member]) {
      const answer = await whoamiAs(`union_dev_openid=${openid}`);
      expect(answer.status, openid).toBe(200);
      expect(await answer.json()).toMatchObject({ before: openid });
    }
  });

  it('keeps visitor ids valid across a restart, as the signing secret lives in the data directory', async () => {
    const cookie = await visitorCookie();
    const restartedOn = async (dataDir: string) =>
      startGateway({
        runtime: harness.stack.runtime,
        db: harness.stack.db,
        dataDir,
        staticDir: makeTempDir('gateway-static'),
        serviceUrl: harness.stack.serviceUrl,
        federationAdmins: [],
      });
    const restarted = await restartedOn(harness.dataDir);
    const elsewhere = await restartedOn(makeTempDir('gateway-other-data'));
    try {
      const call = (gateway: string) =>
        fetch(`${gateway}/functions/whoami`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: '{}',
        });
      expect((await call(restarted.url)).status).toBe(200);
      expect((await call(elsewhere.url)).status).toBe(401);
    } finally {
      await restarted.close();
      await elsewhere.close();
    }
  });

  it('refuses any Host but a loopback name (DNS rebinding) with 403', async () => {
    const { port } = new URL(gatewayUrl());
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1.nip.io', `192.168.1.5:${port}`]) {
      for (const [method, path] of [
        ['GET', '/'],
        ['GET', '/dev/identities'],
        ['POST', '/dev/login'],
      ]) {
        const answer = await rawRequest(gatewayUrl(), {
          method,
          path,
          headers: { host, 'content-type': 'application/json' },
          body: method === 'POST' ? '{"openid":null}' : undefined,
        });
        expect(answer.status, `${method} ${path} Host ${host}`).toBe(403);
        expect(answer.json()).toMatchObject({ ok: false, code: 'FORBIDDEN_HOST' });
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
    }
    for (const host of [
      '127.0.0.1',
      `127.0.0.1:${port}`,
      'localhost',
      `LocalHost:${port}`,
      '[::1]',
      `[::1]:${port}`,
    ]) {
      const answer = await rawRequest(gatewayUrl(), { path: '/dev/identities', headers: { host } });
      expect(answer.status, host).toBe(200);
    }
  });

  it('requires content-type application/json on every POST (415 otherwise)', async () => {
    const cookie = await visitorCookie();
    for (const contentType of [
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
    ]) {
      for (const path of ['/functions/whoami', '/dev/login']) {
        const answer = await rawRequest(gatewayUrl(), {
          method: 'POST',
          path,
          headers: { cookie, ...(contentType ? { 'content-type': contentType } : {}) },
          body: '{"openid":null}',
        });
        expect(answer.status, `${path} ${contentType}`).toBe(415);
        expect(answer.json()).toMatchObject({
          ok: false,
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: expect.stringContaining('application/json'),
        });
        expect(answer.headers['set-cookie']).toBeUndefined();
      }
    }
    const withCharset = await rawRequest(gatewayUrl(), {
      method: 'POST',
      path: '/functions/whoami',
      headers: { cookie, 'content-type': 'Application/JSON; charset=utf-8' },
      body: '{}',
    });
    expect(withCharset.status).toBe(200);
  });

  it('refuses JSON nested deeper than 64 levels with 400 before invoking anything', async () => {
    const cookie = await visitorCookie();
    const send = (body: string) =>
      fetch(url('/functions/whoami'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      });
    expect((await send(`{"deep":${nestedArraysText(63)}}`)).status).toBe(200);
    expect((await send(`{"text":"${'[{'.repeat(500)}\\"${'['.repeat(500)}"}`)).status).toBe(200);

    const invoke = vi.spyOn(harness.stack.runtime, 'invoke');
    try {
      for (const body of [
        `{"deep":${nestedArraysText(64)}}`,
        `${'{"a":'.repeat(65)}1${'}'.repeat(65)}`,
        nestedArraysText(100_000),
      ]) {
        const answer = await send(body);
        expect(answer.status).toBe(400);
        expect(await answer.json()).toEqual({
          ok: false,
          code: 'JSON_TOO_DEEP',
          message: expect.stringContaining('64 层'),
        });
      }
      expect(invoke).not.toHaveBeenCalled();
    } finally {
      invoke.mockRestore();
    }
    expect((await send('{}')).status).toBe(200);
  });

  it('answers malformed percent-encoding in the cookie or the path with 400, not 500', async () => {
    const badCookie = await rawRequest(gatewayUrl(), {
      method: 'POST',
      path: '/functions/whoami',
      headers: { 'content-type': 'application/json', cookie: 'other=1; union_dev_openid=%E0%A4%A' },
      body: '{}',
    });
    expect(badCookie.status).toBe(400);
    expect(badCookie.json()).toMatchObject({
      ok: false,
      code: 'INVALID_COOKIE',
      message: expect.stringContaining('Cookie'),
    });
    expect(isCleared(badCookie.headers['set-cookie']?.[0])).toBe(true);

    for (const path of ['/%E0%A4%A', '/js/%ZZ.js', '/%']) {
      const badPath = await rawRequest(gatewayUrl(), { path });
      expect(badPath.status, path).toBe(400);
      expect(badPath.json()).toMatchObject({
        ok: false,
        code: 'INVALID_PATH',
        message: expect.stringContaining('编码'),
      });
    }
  });

  it('answers unknown functions and bad JSON with clear errors', async () => {
    const cookie = await visitorCookie();
    const unknown = await post('/functions/nope', { action: 'x' }, cookie);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'UNKNOWN_FUNCTION' });
    const garbled = await fetch(url('/functions/notices'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{oops',
    });
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toMatchObject({ code: 'INVALID_JSON', message: '请求内容不是合法的 JSON' });
  });
});
