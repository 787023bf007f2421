import Taro from '@tarojs/taro';

const key = (noticeId: string) => `notice-position:${noticeId}`;

/** Where the person left off on this phone, as a share of the document's height (font sizes change it). */
export function loadPosition(noticeId: string): number | null {
  try {
    const value = Taro.getStorageSync(key(noticeId)) as unknown;
    return typeof value === 'number' && value >= 0 && value <= 1 ? value : null;
  } catch {
    return null;
  }
}

export function savePosition(noticeId: string, share: number): void {
  try {
    Taro.setStorageSync(key(noticeId), Math.min(1, Math.max(0, share)));
  } catch {
    // The server's progress still reopens the notice near where the person was.
  }
}
