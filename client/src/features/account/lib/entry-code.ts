import Taro from '@tarojs/taro';
import { ROUTES } from '@/config/routes';

/** A mini-program code's scene is the invite code itself; tolerate a `code=XXXX` scene as well. */
export function codeFromScene(scene: string | undefined): string | undefined {
  if (!scene) return undefined;
  const decoded = safeDecode(scene).trim();
  const match = /(?:^|&)code=([^&]*)/.exec(decoded);
  return (match ? match[1] : decoded) || undefined;
}

/**
 * The invite code this page was opened with: `?code=XXXX` of a link, or the `scene` of a mini-program code
 * (read on every show: onLoad can hand back a cached launch).
 */
export function entryInviteCode(): string | undefined {
  const params = Taro.getCurrentInstance().router?.params ?? {};
  if (params.code) return safeDecode(params.code).trim() || undefined;
  const fromQuery = codeFromScene(params.scene);
  if (fromQuery) return fromQuery;
  if (process.env.TARO_ENV === 'weapp') {
    const enter = Taro.getEnterOptionsSync();
    if (`/${enter.path}` === ROUTES.join) return codeFromScene((enter.query as Record<string, string> | undefined)?.scene);
  }
  return undefined;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
