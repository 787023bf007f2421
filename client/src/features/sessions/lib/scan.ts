import Taro from '@tarojs/taro';
import { parseCheckInPayload, sessionIdFromScanPath, type ScannedCode } from '@shared/sessions/code-format';

export type ScanOutcome =
  | { kind: 'code'; scanned: ScannedCode; readAt: number }
  | { kind: 'session'; sessionId: string }
  | { kind: 'unknown' }
  | { kind: 'cancelled' };

/**
 * Scans with the camera only (WeChat): a screenshot passed round a chat group cannot be picked from the
 * album. Reads the leader's rotating QR code, or a session's permanent mini-program code (its page).
 */
export async function scanForCheckIn(): Promise<ScanOutcome> {
  let result: Taro.scanCode.SuccessCallbackResult;
  try {
    result = await Taro.scanCode({ onlyFromCamera: true });
  } catch {
    return { kind: 'cancelled' };
  }
  const scanned = parseCheckInPayload(result.result);
  if (scanned) return { kind: 'code', scanned, readAt: Date.now() };
  const sessionId = sessionIdFromScanPath(result.path);
  return sessionId ? { kind: 'session', sessionId } : { kind: 'unknown' };
}

/** Scanning needs WeChat's camera API; the H5 build types the 6 digits instead. */
export const canScan = process.env.TARO_ENV === 'weapp';
