import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ERROR_MESSAGES } from '../shared/errors';
import type { AdminDatabase } from './admin-sdk';
import { listDevIdentities } from './dev-identities';
import { sessionCookie, sessionResolver } from './gateway/dev-session';
import { assertJsonContentType, readJsonBody } from './gateway/json-body';
import { knownIdentities } from './gateway/known-identities';
import { assertLoopbackHost } from './gateway/loopback-host';
import { HttpError, sendError, sendJson } from './gateway/responses';
import { staticFiles } from './gateway/static-files';
import { visitorIds } from './gateway/visitor-ids';
import { LOCAL_APPID } from './identity';
import { FunctionInvocationError, type FunctionRuntime } from './runtime';

export interface GatewayOptions {
  runtime: FunctionRuntime;
  db: AdminDatabase;
  /** The local backend's data directory, which also keeps the secret that signs visitor ids. */
  dataDir: string;
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

/** The gateway trusts a cookie for identity, so it must never face anything but a local developer. */
export function assertLocalMode(serviceUrl: string): void {
  const host = new URL(serviceUrl).hostname;
  if (process.env.CLOUDBASE_LOCAL !== '1' || !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    throw new Error(
      'H5 网关只能在本地模式下运行（需要 CLOUDBASE_LOCAL=1 且后端在本机）；线上请使用微信云开发，身份由微信提供。',
    );
  }
}

/**
 * The local stand-in for what WeChat does between the mini-program and CloudBase: it calls functions over
 * HTTP for the H5 build, with the identity chosen on the development login page.
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  assertLocalMode(options.serviceUrl);
  const visitors = visitorIds(options.dataDir);
  const resolveSession = sessionResolver(visitors, knownIdentities(options.db, options.federationAdmins));
  const serveStatic = staticFiles(path.resolve(options.staticDir));

  const callFunction = async (request: http.IncomingMessage, response: http.ServerResponse, name: string) => {
    const event = await readJsonBody(request);
    const openid = await resolveSession(request);
    try {
      const result = await options.runtime.invoke(name, event, {
        OPENID: openid,
        APPID: LOCAL_APPID,
        SOURCE: 'wx_client',
      });
      sendJson(response, 200, result);
    } catch (error) {
      if (error instanceof FunctionInvocationError && error.code === 'FUNCTION_NOT_FOUND') {
        throw new HttpError(404, 'UNKNOWN_FUNCTION', `${ERROR_MESSAGES.UNKNOWN_FUNCTION}：${name}`);
      }
      console.error('[gateway]', error);
      throw new HttpError(502, 'INTERNAL', ERROR_MESSAGES.INTERNAL);
    }
  };

  const login = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const body = await readJsonBody(request);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new HttpError(400, 'INVALID_INPUT', '登录请求应为 { "openid": 演示身份或 null }');
    }
    const { openid } = body as { openid?: unknown };
    let chosen: string;
    if (openid === null || openid === undefined) {
      chosen = visitors.issue();
    } else {
      const known = await listDevIdentities(options.db, options.federationAdmins);
      if (typeof openid !== 'string' || !known.some((identity) => identity.openid === openid)) {
        throw new HttpError(400, 'UNKNOWN_IDENTITY', '没有这个演示身份');
      }
      chosen = openid;
    }
    sendJson(response, 200, { ok: true, data: { openid: chosen } }, sessionCookie(chosen));
  };

  const route = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    assertLoopbackHost(request);
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'POST') assertJsonContentType(request);
    const functionMatch = /^\/functions\/([^/]+)$/.exec(pathname);
    if (functionMatch && request.method === 'POST') return callFunction(request, response, functionMatch[1]);
    if (pathname === '/dev/identities' && request.method === 'GET') {
      return sendJson(response, 200, {
        ok: true,
        data: await listDevIdentities(options.db, options.federationAdmins),
      });
    }
    if (pathname === '/dev/login' && request.method === 'POST') return login(request, response);
    if (request.method === 'GET' || request.method === 'HEAD')
      return serveStatic(request, response, pathname);
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', '不支持的请求方法');
  };

  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (!(error instanceof HttpError)) console.error('[gateway]', error);
      const failure =
        error instanceof HttpError ? error : new HttpError(500, 'INTERNAL', ERROR_MESSAGES.INTERNAL);
      if (!response.headersSent) sendError(response, failure);
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
