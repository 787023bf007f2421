import type http from 'node:http';
import { nestsDeeperThan } from './json-nesting';
import { HttpError } from './responses';

const MAX_BODY_BYTES = 1024 * 1024;
/** Far beyond any real event; keeps structured cloning and the functions' own walks away from deep input. */
export const MAX_JSON_DEPTH = 64;

/** Every POST must say it carries JSON: a cross-site form can only send text/plain or form encodings. */
export function assertJsonContentType(request: http.IncomingMessage): void {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') {
    throw new HttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `请求的 Content-Type 必须是 application/json（收到：${mediaType || '无'}）`,
    );
  }
}

export async function readJsonBody(request: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', '提交的内容过大（上限 1 MB）');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new HttpError(400, 'JSON_TOO_DEEP', `请求内容的嵌套超过 ${MAX_JSON_DEPTH} 层，已拒绝`);
  }
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw new HttpError(400, 'INVALID_JSON', '请求内容不是合法的 JSON');
  }
}
