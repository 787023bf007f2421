import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from '../../cloudfunctions/local/gateway';
import { makeTempDir } from '../support/backend';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { rawRequest } from '../support/http';

const INDEX_HTML = `<!doctype html><html><head><title>青岛工会学习</title></head><body>${'<div id="app"></div>'.repeat(100)}</body></html>`;
const APP_JS = `console.log(${JSON.stringify('学习贯彻通知 '.repeat(2000))});`;
const APP_CSS = '.notice-title { color: #c8161d; }\n'.repeat(500);
const UNHASHED_JS = `window.config = ${JSON.stringify({ note: '未带内容哈希的文件 '.repeat(200) })};`;
const LOGO_PNG = randomBytes(4096);
const FAVICON = randomBytes(1024);

const IMMUTABLE = 'public, max-age=31536000, immutable';

let harness: FunctionHarness;
let gateway: Gateway;
let staticDir: string;

function writeStatic(relative: string, content: string | Buffer) {
  const file = path.join(staticDir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeAll(async () => {
  process.env.CLOUDBASE_LOCAL = '1';
  harness = await startFunctionHarness({ seed: false });
  staticDir = makeTempDir('gateway-static');
  writeStatic('index.html', INDEX_HTML);
  writeStatic('js/app.0123abcd.js', APP_JS);
  writeStatic('css/app.89abcdef.css', APP_CSS);
  writeStatic('js/runtime-config.js', UNHASHED_JS);
  writeStatic('static/images/logo.0a1b2c3d.png', LOGO_PNG);
  writeStatic('favicon.ico', FAVICON);
  writeStatic('.build-stamp', 'inputs');
  gateway = await startGateway({
    runtime: harness.stack.runtime,
    db: harness.stack.db,
    dataDir: harness.dataDir,
    staticDir,
    serviceUrl: harness.stack.serviceUrl,
    federationAdmins: [],
  });
});
afterAll(async () => {
  await gateway?.close();
  await harness?.close();
});

const get = (pathname: string, headers: Record<string, string> = {}, method = 'GET') =>
  rawRequest(gateway.url, { method, path: pathname, headers });

describe('H5 gateway static files', () => {
  it('compresses text with brotli where accepted, else gzip, else sends it as it is', async () => {
    const brotli = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers).toMatchObject({
      'content-encoding': 'br',
      'content-type': 'text/javascript; charset=utf-8',
      vary: 'Accept-Encoding',
    });
    expect(brotliDecompressSync(brotli.body).toString()).toBe(APP_JS);
    expect(brotli.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 10);

    const gzip = await get('/js/app.0123abcd.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(APP_JS);

    const plain = await get('/js/app.0123abcd.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(APP_JS);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));

    const css = await get('/css/app.89abcdef.css', { 'accept-encoding': 'br' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(brotliDecompressSync(css.body).toString()).toBe(APP_CSS);
  });

  it('marks hashed assets immutable and everything else no-cache', async () => {
    for (const hashed of [
      '/js/app.0123abcd.js',
      '/css/app.89abcdef.css',
      '/static/images/logo.0a1b2c3d.png',
    ]) {
      expect((await get(hashed)).headers['cache-control'], hashed).toBe(IMMUTABLE);
    }
    for (const unhashed of [
      '/',
      '/index.html',
      '/js/runtime-config.js',
      '/favicon.ico',
      '/pages/home/index',
    ]) {
      expect((await get(unhashed)).headers['cache-control'], unhashed).toBe('no-cache');
    }
  });

  it('sends images as they are, with their content type', async () => {
    const logo = await get('/static/images/logo.0a1b2c3d.png', { 'accept-encoding': 'br, gzip' });
    expect(logo.headers).toMatchObject({ 'content-type': 'image/png' });
    expect(logo.headers['content-encoding']).toBeUndefined();
    expect(logo.body.equals(LOGO_PNG)).toBe(true);
    const favicon = await get('/favicon.ico');
    expect(favicon.headers['content-type']).toBe('image/x-icon');
    expect(favicon.body.equals(FAVICON)).toBe(true);
  });

  it('answers a matching If-None-Match with 304 and no body, per encoding', async () => {
    const tags = new Set<string>();
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const first = await get('/js/app.0123abcd.js', { 'accept-encoding': acceptEncoding });
      const etag = first.headers.etag!;
      expect(etag).toMatch(/^"[^"]+"$/);
      tags.add(etag);
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const again = await get('/js/app.0123abcd.js', {
          'accept-encoding': acceptEncoding,
          'if-none-match': ifNoneMatch,
        });
        expect(again.status, `${acceptEncoding} ${ifNoneMatch}`).toBe(304);
        expect(again.body.length).toBe(0);
        expect(again.headers).toMatchObject({ etag, 'cache-control': IMMUTABLE });
      }
      const stale = await get('/js/app.0123abcd.js', {
        'accept-encoding': acceptEncoding,
        'if-none-match': '"stale"',
      });
      expect(stale.status).toBe(200);
    }
    expect(tags.size).toBe(3);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const headers = { 'accept-encoding': 'br' };
    const full = await get('/js/app.0123abcd.js', headers);
    const head = await get('/js/app.0123abcd.js', headers, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const name of ['content-type', 'content-encoding', 'content-length', 'etag', 'cache-control']) {
      expect(head.headers[name], name).toBe(full.headers[name]);
    }
    expect((await get('/pages/home/index', {}, 'HEAD')).headers['content-type']).toBe(
      'text/html; charset=utf-8',
    );
  });

  it('gives client routes index.html, but 404 to missing files and hidden or outside paths', async () => {
    for (const route of ['/', '/pages/home/index', '/packages/admin/pages/members/index']) {
      const page = await get(route);
      expect(page.status, route).toBe(200);
      expect(page.body.toString(), route).toBe(INDEX_HTML);
    }
    for (const missing of [
      '/js/app.deadbeef.js',
      '/missing.png',
      '/.build-stamp',
      '/js/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const answer = await get(missing);
      expect(answer.status, missing).toBe(404);
      expect(answer.json()).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
        message: expect.stringContaining('没有这个文件'),
      });
    }
  });

  it('serves a rebuilt file without a restart', async () => {
    const before = await get('/js/runtime-config.js');
    const rebuilt = `${UNHASHED_JS}\nwindow.rebuilt = true;`;
    writeStatic('js/runtime-config.js', rebuilt);
    const after = await get('/js/runtime-config.js', { 'if-none-match': before.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.body.toString()).toBe(rebuilt);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });
});
