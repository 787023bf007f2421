import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ERROR_MESSAGES } from '../shared/errors';
import type { AdminDatabase } from './admin-sdk';
import { listDevIdentities } from './dev-identities';
import { LOCAL_APPID } from './identity';
import { FunctionInvocationError, type FunctionRuntime } from './runtime';

export interface GatewayOptions {
  runtime: FunctionRuntime;
  db: AdminDatabase;
  /** The built H5 client, served at /. */
  staticDir: string;
  port?: number;
  /** The backend the functions talk to; the gateway only runs against one on this machine. */
  serviceUrl: string;
  federationAdmins: string[];
}

export interface Gateway {
  url: string;
  close(): Promise<void>;
}

const SESSION_COOKIE = 'union_dev_openid';
const MAX_BODY_BYTES = 1024 * 1024;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The gateway trusts a cookie for identity, so it must never face anything but a local developer. */
export function assertLocalMode(serviceUrl: string): void {
  const host = new URL(serviceUrl).hostname;
  if (process.env.CLOUDBASE_LOCAL !== '1' || !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    throw new Error(
      'H5 网关只能在本地模式下运行（需要 CLOUDBASE_LOCAL=1 且后端在本机）；线上请使用微信云开发，身份由微信提供。',
    );
  }
}

const newVisitorOpenid = () => `dev-new-${randomBytes(6).toString('hex')}`;
const sessionCookie = (openid: string) => ({
  'set-cookie': `${SESSION_COOKIE}=${encodeURIComponent(openid)}; Path=/; HttpOnly; SameSite=Lax`,
});

function readCookie(request: http.IncomingMessage, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

async function readJson(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', '提交的内容过大');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'INVALID_JSON', '请求内容不是合法的 JSON');
  }
}

function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function serveStatic(staticDir: string, pathname: string, response: http.ServerResponse) {
  const resolved = path.normalize(path.join(staticDir, decodeURIComponent(pathname)));
  const inside = resolved.startsWith(staticDir + path.sep);
  const file =
    inside && existsSync(resolved) && statSync(resolved).isFile()
      ? resolved
      : path.join(staticDir, 'index.html');
  if (!existsSync(file)) {
    sendJson(response, 404, {
      ok: false,
      code: 'NOT_BUILT',
      message: 'H5 客户端尚未构建，请先运行 npm run build:h5',
    });
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}

/**
 * The local stand-in for what WeChat does between the mini-program and CloudBase: it calls functions over
 * HTTP for the H5 build, with the identity chosen on the development login page.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  assertLocalMode(options.serviceUrl);
  const staticDir = path.resolve(options.staticDir);

  const callFunction = async (request: http.IncomingMessage, response: http.ServerResponse, name: string) => {
    const event = await readJson(request);
    // WeChat gives every user an openid before they join anything; a first-time browser gets a visitor's.
    const chosen = readCookie(request, SESSION_COOKIE);
    const openid = chosen ?? newVisitorOpenid();
    try {
      const result = await options.runtime.invoke(name, event, {
        OPENID: openid,
        APPID: LOCAL_APPID,
        SOURCE: 'wx_client',
      });
      sendJson(response, 200, result, chosen ? {} : sessionCookie(openid));
    } catch (error) {
      if (error instanceof FunctionInvocationError && error.code === 'FUNCTION_NOT_FOUND') {
        throw new HttpError(404, 'UNKNOWN_FUNCTION', `${ERROR_MESSAGES.UNKNOWN_FUNCTION}：${name}`);
      }
      console.error('[gateway]', error);
      throw new HttpError(502, 'INTERNAL', ERROR_MESSAGES.INTERNAL);
    }
  };

  const login = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const { openid } = (await readJson(request)) as { openid?: unknown };
    let chosen: string;
    if (openid === null || openid === undefined) {
      chosen = newVisitorOpenid();
    } else {
      const known = await listDevIdentities(options.db, options.federationAdmins);
      if (typeof openid !== 'string' || !known.some((identity) => identity.openid === openid)) {
        throw new HttpError(400, 'UNKNOWN_IDENTITY', '没有这个演示身份');
      }
      chosen = openid;
    }
    sendJson(response, 200, { ok: true, data: { openid: chosen } }, sessionCookie(chosen));
  };

  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const route = async () => {
      const functionMatch = /^\/functions\/([^/]+)$/.exec(pathname);
      if (functionMatch && request.method === 'POST')
        return callFunction(request, response, functionMatch[1]);
      if (pathname === '/dev/identities' && request.method === 'GET') {
        return sendJson(response, 200, {
          ok: true,
          data: await listDevIdentities(options.db, options.federationAdmins),
        });
      }
      if (pathname === '/dev/login' && request.method === 'POST') return login(request, response);
      if (request.method === 'GET' || request.method === 'HEAD')
        return serveStatic(staticDir, pathname, response);
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', '不支持的请求方法');
    };
    route().catch((error: unknown) => {
      const failure =
        error instanceof HttpError ? error : new HttpError(500, 'INTERNAL', ERROR_MESSAGES.INTERNAL);
      if (!(error instanceof HttpError)) console.error('[gateway]', error);
      if (!response.headersSent)
        sendJson(response, failure.status, { ok: false, code: failure.code, message: failure.message });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
