import Taro from '@tarojs/taro';
import type { ActionInput, ActionName, ActionOutput, FunctionEvent, FunctionName } from '@shared/contract';
import type { Result } from '@shared/result';
import { ROUTES } from '@/config/routes';
import { CloudError, networkError } from './cloud-error';
import { takeEarly } from './early-answer';
import { callGateway } from './gateway';

export { CloudError } from './cloud-error';

const FALLBACK_MESSAGE = '服务暂时不可用，请稍后重试';

/** Only call in the WeChat build; on H5 `Taro.cloud` is undefined. */
export function initCloud(): void {
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
}

/**
 * The one way the client reaches the backend: WeChat cloud functions in the mini-program, the local
 * gateway (same origin, identity from the dev-login cookie) in the H5 build. A call asked for early at
 * launch (lib/early-answer) takes that answer.
 */
export async function callFunction<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  payload: ActionInput<F, A>,
): Promise<ActionOutput<F, A>> {
  const event: FunctionEvent = { action, payload };
  const result = await (takeEarly(name, event) ?? send(name, event));
  if (!isResult(result)) throw networkError();
  if (result.ok) return result.data as ActionOutput<F, A>;
  if (process.env.TARO_ENV === 'h5' && result.code === 'UNAUTHENTICATED') {
    void Taro.reLaunch({ url: ROUTES.devLogin });
  }
  // The functions always send a Chinese message; the fallback only covers a reply that lost it.
  throw new CloudError(result.code, result.message || FALLBACK_MESSAGE, result.details);
}

/** Sends one call and returns the raw answer; callFunction reads it. */
export async function send(name: FunctionName, event: FunctionEvent): Promise<unknown> {
  if (process.env.TARO_ENV !== 'weapp') return callGateway(name, event);
  try {
    const res = await Taro.cloud.callFunction({ name, data: { ...event } });
    return res.result;
  } catch {
    throw networkError();
  }
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}
