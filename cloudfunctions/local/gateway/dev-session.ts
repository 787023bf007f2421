import type http from 'node:http';
import type { KnownIdentities } from './known-identities';
import { decodeComponent, HttpError } from './responses';
import type { VisitorIds } from './visitor-ids';

const SESSION_COOKIE = 'union_dev_openid';
const COOKIE_ATTRIBUTES = 'Path=/; HttpOnly; SameSite=Lax';

export const sessionCookie = (openid: string): http.OutgoingHttpHeaders => ({
  'set-cookie': `${SESSION_COOKIE}=${encodeURIComponent(openid)}; ${COOKIE_ATTRIBUTES}`,
});
const clearedSessionCookie: http.OutgoingHttpHeaders = {
  'set-cookie': `${SESSION_COOKIE}=; Max-Age=0; ${COOKIE_ATTRIBUTES}`,
};

function readSessionCookie(request: http.IncomingMessage): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== SESSION_COOKIE) continue;
    return decodeComponent(value.join('='), {
      code: 'INVALID_COOKIE',
      message: '身份 Cookie 的编码有误，已清除，请重新选择演示身份',
      headers: clearedSessionCookie,
    });
  }
  return null;
}

/**
 * The openid a request acts as: a person on record, or a visitor id this gateway issued. Nobody gets an
 * identity by default, so a fresh browser is sent to the identity page instead of acting anonymously.
 */
export function sessionResolver(visitors: VisitorIds, known: KnownIdentities) {
  return async (request: http.IncomingMessage): Promise<string> => {
    const openid = readSessionCookie(request);
    if (openid === null) {
      throw new HttpError(401, 'UNAUTHENTICATED', '尚未选择演示身份，请先在「选择演示身份」页面选择一个身份');
    }
    if (visitors.isGenuine(openid) || (await known.includes(openid))) return openid;
    throw new HttpError(
      401,
      'UNAUTHENTICATED',
      '演示身份不存在或已失效（演示数据可能已重置），请重新选择演示身份',
      clearedSessionCookie,
    );
  };
}
