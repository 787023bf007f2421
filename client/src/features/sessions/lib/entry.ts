import Taro from '@tarojs/taro';
import { SESSION_PAGE, sessionIdFromScene } from '@shared/sessions/code-format';

/**
 * The session a page was opened for: `?id=` of a link inside the app or a subscribe message, or the `scene`
 * of the session's mini-program code (read on every show: onLoad can hand back a cached launch).
 */
export function entrySessionId(): string | null {
  const params = Taro.getCurrentInstance().router?.params ?? {};
  if (params.id) return sessionIdFromScene(params.id);
  const fromScene = sessionIdFromScene(params.scene);
  if (fromScene) return fromScene;
  if (process.env.TARO_ENV === 'weapp' && typeof Taro.getEnterOptionsSync === 'function') {
    const enter = Taro.getEnterOptionsSync() as { path?: string; query?: Record<string, string> } | undefined;
    if (enter?.path === SESSION_PAGE) return sessionIdFromScene(enter.query?.scene);
  }
  return null;
}
