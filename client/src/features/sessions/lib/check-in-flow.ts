import Taro from '@tarojs/taro';
import type { CheckInResult } from '@shared/sessions/contract';
import type { LocationReading } from '@shared/sessions/geo';
import { CloudError, NETWORK_ERROR_CODE } from '@/lib/cloud-error';
import { checkIn } from '../api/check-in';

/** A code read off the screen is good for up to a minute; past this the person is asked to read it again. */
const RETRY_FOR_MS = 45_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const SCAN_AGAIN = new CloudError(
  NETWORK_ERROR_CODE,
  '网络不稳定，签到码可能已更新，请重新扫描屏幕上的二维码或重新输入签到码',
);

/**
 * Sends a check-in, and when the network drops, sends the same code again (the server answers a repeat
 * with the first record, never a second) while the code can still be valid; then asks for a fresh one.
 */
export async function checkInWithRetry(
  sessionId: string,
  code: string,
  location: LocationReading | undefined,
  readAt = Date.now(),
): Promise<CheckInResult> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await checkIn({ sessionId, code, ...(location ? { location } : {}) });
    } catch (error) {
      const network = error instanceof CloudError && error.code === NETWORK_ERROR_CODE;
      if (!network) throw error;
      const pause = Math.min(8_000, 1_000 * 2 ** attempt);
      if (Date.now() + pause - readAt > RETRY_FOR_MS) throw SCAN_AGAIN;
      await sleep(pause);
    }
  }
}

/**
 * Where the person is, for a session with a fence. WeChat reports GCJ-02 directly; the H5 build only gets
 * WGS-84 from the browser, which the server converts.
 */
export async function readLocation(): Promise<LocationReading> {
  const weapp = process.env.TARO_ENV === 'weapp';
  try {
    const fix = await Taro.getLocation({ type: weapp ? 'gcj02' : 'wgs84', isHighAccuracy: true });
    return {
      latitude: fix.latitude,
      longitude: fix.longitude,
      accuracy: fix.accuracy,
      system: weapp ? 'gcj02' : 'wgs84',
    };
  } catch {
    throw new CloudError('LOCATION_REQUIRED', '本次签到需要确认您在会场附近，请允许获取位置后重试');
  }
}

/** A scan from the tab, before the session is known: the location is read only if the session asks for it. */
export async function checkInScanned(
  sessionId: string,
  code: string,
  readAt: number,
): Promise<CheckInResult> {
  try {
    return await checkInWithRetry(sessionId, code, undefined, readAt);
  } catch (error) {
    if (!(error instanceof CloudError) || error.code !== 'LOCATION_REQUIRED') throw error;
    return checkInWithRetry(sessionId, code, await readLocation(), readAt);
  }
}
