import Taro from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput, FunctionEvent, FunctionName } from '@shared/contract';
import type { Result } from '@shared/result';
import { ROUTES } from '@/config/routes';
import { CloudError, networkError } from './cloud-error';

export { CloudError } from './cloud-error';

const FALLBACK_MESSAGE = '服务暂时不可用，请稍后重试';

/** Only call in the WeChat build; on H5 `Taro.cloud` is undefined. */
export function initCloud(): void {
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
}

/**
 * The one way the client reaches the backend: WeChat cloud functions in the mini-program, the local
 * gateway (same origin, identity from the dev-login cookie) in the H5 build.
 */
export async function callFunction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  payload: ActionInput<F, A>,
): Promise<ActionOutput<F, A>> {
  const event: FunctionEvent = { action, payload };
  const result = await transport<ActionOutput<F, A>>(name, event);
  if (!isResult(result)) throw networkError();
  if (result.ok) return result.data;
  if (process.env.TARO_ENV === 'h5' && result.code === 'UNAUTHENTICATED') {
    void Taro.reLaunch({ url: ROUTES.devLogin });
  }
  // The functions always send a Chinese message; the fallback only covers a reply that lost it.
  throw new CloudError(result.code, result.message || FALLBACK_MESSAGE, result.details);
}

async function transport<T>(name: string, event: FunctionEvent): Promise<unknown> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const res = await Taro.cloud.callFunction({ name, data: { ...event } });
      return res.result as Result<T> | undefined;
    }
    const res = await Taro.request<Result<T>>({
      url: `/functions/${name}`,
      method: 'POST',
      data: event,
      header: { 'content-type': 'application/json' },
    });
    return res.data;
  } catch {
    throw networkError();
  }
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}
