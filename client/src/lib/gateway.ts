import type { FunctionEvent, FunctionName } from '@shared/contract';
import { networkError } from './cloud-error';

/**
 * The H5 build's way to the local gateway: same origin, identity from the dev-login cookie. Plain fetch
 * rather than Taro.request, so that early-launch.ts can send before Taro has started.
 */
export async function requestGateway(url: string, method: 'GET' | 'POST', body?: object): Promise<unknown> {
  try {
    const response = await fetch(url, {
      method,
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    // The gateway answers errors in JSON too; a body that is not JSON is a failure on the way.
    return await response.json();
  } catch {
    throw networkError();
  }
}

export const callGateway = (name: FunctionName, event: FunctionEvent) =>
  requestGateway(`/functions/${name}`, 'POST', event);
