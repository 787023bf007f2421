import type http from 'node:http';
import { HttpError } from './responses';

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/i;

/**
 * A page on any website can point its own host name at 127.0.0.1 (DNS rebinding) and then read the
 * gateway's answers as same-origin; its requests still carry that name in Host, so only loopback names pass.
 */
export function assertLoopbackHost(request: http.IncomingMessage): void {
  const host = request.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) {
    throw new HttpError(
      403,
      'FORBIDDEN_HOST',
      `本地网关只接受本机地址（127.0.0.1、localhost 或 [::1]）访问，拒绝 Host：${host.slice(0, 100) || '（空）'}`,
    );
  }
}
