import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { databaseActions } from './actions/database/index';
import type { DatabaseContext } from './actions/database/context';
import { BackendError, ErrorCodes, invalidParam } from './errors';
import type { FunctionInvoker } from './functions';
import { invokeFunction } from './functions';
import { parseMultipart } from './multipart';
import type { OpenApiContext } from './openapi';
import { callOpenApi } from './openapi';
import { verifySignature } from './signature';
import type { RequestCounter } from './request-counter';
import type { FileStorage } from './storage';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface ServerDependencies extends DatabaseContext, OpenApiContext {
  storage: FileStorage;
  /** Counts each database request by action, so tests can hold an action to its budget. */
  requests: RequestCounter;
  secretId: string;
  secretKey: string;
  invokeFunction?: FunctionInvoker;
}

type Answer = { json: unknown } | { binary: Buffer };

export function createBackendServer(deps: ServerDependencies): Server {
  return createServer((request, response) => {
    handle(deps, request, response).catch((error: unknown) => {
      sendJson(response, 500, { code: 'SYS_ERR', message: String(error) });
    });
  });
}

async function handle(
  deps: ServerDependencies,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://local');
  const body = await readBody(request);
  if (url.pathname.startsWith('/storage/')) {
    serveStorage(deps, request, response, url, body);
    return;
  }
  if (url.pathname !== '/admin' || request.method !== 'POST') {
    sendJson(response, 404, { code: 'NOT_FOUND', message: `未知地址: ${request.method} ${url.pathname}` });
    return;
  }
  const requestId = randomBytes(8).toString('hex');
  let answer: Answer;
  try {
    const params = parseParams(request, body);
    verifySignature(
      {
        method: (request.method ?? '').toLowerCase(),
        url: `http://${request.headers.host}${request.url}`,
        headers: request.headers,
        params,
      },
      deps.secretId,
      deps.secretKey,
      deps.clock.now(),
    );
    answer = await dispatch(deps, params);
  } catch (error) {
    answer = { json: errorBody(error) };
  }
  if ('binary' in answer) {
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': answer.binary.length,
    });
    response.end(answer.binary);
    return;
  }
  sendJson(response, 200, { ...(answer.json as object), requestId });
}

function parseParams(request: IncomingMessage, body: Buffer): Record<string, unknown> {
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) return parseMultipart(body, contentType);
  if (!contentType.startsWith('application/json'))
    throw invalidParam(`不支持的 content-type: ${contentType}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalidParam('请求体不是合法的 JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw invalidParam('请求体必须是 JSON 对象');
  return parsed as Record<string, unknown>;
}

async function dispatch(deps: ServerDependencies, params: Record<string, unknown>): Promise<Answer> {
  const action = params.action;
  if (typeof action !== 'string') throw invalidParam('缺少 action');
  const databaseAction = databaseActions[action];
  if (databaseAction) {
    deps.requests.count(action, params.collectionName);
    return { json: await databaseAction(deps, params) };
  }
  switch (action) {
    case 'functions.invokeFunction':
      return { json: await invokeFunction(deps.invokeFunction, params) };
    case 'storage.getUploadMetadata':
      return { json: deps.storage.getUploadMetadata(params) };
    case 'storage.batchGetDownloadUrl':
      return { json: deps.storage.batchGetDownloadUrl(params) };
    case 'storage.batchDeleteFile':
      return { json: deps.storage.batchDeleteFile(params) };
    case 'wx.openApi':
      return { binary: await callOpenApi(deps, params.apiName, params.requestData) };
    default:
      throw new BackendError(ErrorCodes.invalidAction, `本地后端不支持的 action: ${action}`);
  }
}

function errorBody(error: unknown): { code: string; message: string } {
  if (error instanceof BackendError) return { code: error.code, message: error.message };
  // Anything else is a bug or a mingo refusal; answer it explicitly rather than pretend success.
  return { code: ErrorCodes.requestFailed, message: error instanceof Error ? error.message : String(error) };
}

function serveStorage(
  deps: ServerDependencies,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  body: Buffer,
): void {
  const filePath = url.pathname.slice('/storage/'.length);
  try {
    if (request.method === 'PUT') {
      const authorization = request.headers.authorization;
      deps.storage.upload(filePath, Array.isArray(authorization) ? authorization[0] : authorization, body);
      response.writeHead(200, { 'content-length': 0 });
      response.end();
      return;
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      const content = deps.storage.download(filePath, url.searchParams);
      response.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': content.length,
      });
      response.end(request.method === 'HEAD' ? undefined : content);
      return;
    }
    sendJson(response, 405, { code: 'METHOD_NOT_ALLOWED', message: `不支持 ${request.method}` });
  } catch (error) {
    const status = error instanceof BackendError && error.code === ErrorCodes.storageFileMissing ? 404 : 403;
    const { code, message } = errorBody(error);
    response.writeHead(status, { 'content-type': 'application/xml' });
    response.end(
      `<?xml version='1.0' encoding='utf-8' ?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message><RequestId>local</RequestId><TraceId>local</TraceId></Error>`,
    );
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(invalidParam('请求体过大'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
