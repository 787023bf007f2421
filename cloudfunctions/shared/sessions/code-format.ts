/**
 * What the leader's screen shows and what a phone sends back. The 6 digits rotate every CODE_STEP_SECONDS on
 * the server (the secret never leaves it); the QR code carries the same digits with the session they belong
 * to, so a scan needs no typing. A session's permanent mini-program code only opens its page.
 */
export const CODE_STEP_SECONDS = 30;
export const CODE_DIGITS = 6;
export const SESSION_PAGE = 'pages/session/index';

export type CodePurpose = 'in' | 'out';

const PAYLOAD_PREFIX = 'QDGH-SIGN';
const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export function checkInPayload(sessionId: string, purpose: CodePurpose, code: string): string {
  return `${PAYLOAD_PREFIX}:${sessionId}:${purpose}:${code}`;
}

export interface ScannedCode {
  sessionId: string;
  purpose: CodePurpose;
  code: string;
}

/** The QR code of a leader's screen, or null for anything else a camera may read. */
export function parseCheckInPayload(text: string | undefined): ScannedCode | null {
  const parts = (text ?? '').trim().split(':');
  if (parts.length !== 4 || parts[0] !== PAYLOAD_PREFIX) return null;
  const [, sessionId, purpose, code] = parts;
  if (!ID_PATTERN.test(sessionId) || (purpose !== 'in' && purpose !== 'out')) return null;
  if (!new RegExp(`^\\d{${CODE_DIGITS}}$`).test(code)) return null;
  return { sessionId, purpose, code };
}

const safeDecode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * The session a mini-program code's `scene` names. The scene is the session id (at most 32 characters, as
 * WeChat allows); it arrives encoded once on one platform and raw on the other, and some scanners hand over
 * `id=…`: all are read alike, and anything that is not an id is ignored.
 */
export function sessionIdFromScene(scene: string | undefined): string | null {
  if (!scene) return null;
  let value = scene.trim();
  // Decoding twice covers a scene that was encoded once more on its way (iOS path query vs Android).
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(value); i += 1) value = safeDecode(value);
  const match = /(?:^|[?&])(?:id|s|scene)=([^&]*)/.exec(value);
  const id = (match ? match[1] : value).trim();
  return ID_PATTERN.test(id) ? id : null;
}

/** The session of an in-app scan of a session's mini-program code (`path` carries the scene). */
export function sessionIdFromScanPath(path: string | undefined): string | null {
  if (!path || !path.replace(/^\//, '').startsWith(SESSION_PAGE)) return null;
  const query = path.slice(path.indexOf('?') + 1);
  const scene = /(?:^|&)scene=([^&]*)/.exec(query);
  return sessionIdFromScene(scene ? scene[1] : undefined);
}
