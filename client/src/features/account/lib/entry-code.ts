import Taro from '@tarojs/taro';
import { ROUTES } from '@/config/routes';
import { codeFromScene, safeDecode } from './scene';

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
    // The launch that opened the app, for a cold start from a mini-program code.
    // Guarded: a very old base library (or a test double of wx) may lack the API.
    const enter = (
      typeof Taro.getEnterOptionsSync === 'function' ? Taro.getEnterOptionsSync() : undefined
    ) as { path?: string; query?: Record<string, string> } | undefined;
    if (enter && `/${enter.path}` === ROUTES.join) return codeFromScene(enter.query?.scene);
  }
  return undefined;
}
