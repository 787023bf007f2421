import Taro from '@tarojs/taro';

/** Type sizes of the reader: 标准, 大, 特大; elder mode (适老化) adds the largest type and wider spacing. */
export const TYPE_SIZES = [
  { value: 0, label: '标准' },
  { value: 1, label: '大' },
  { value: 2, label: '特大' },
] as const;
export type TypeSize = (typeof TYPE_SIZES)[number]['value'];

export interface ReaderPrefs {
  size: TypeSize;
  elder: boolean;
}

const KEY = 'notice-reader-prefs';

/** WeChat's font size setting (17 by default) says what a person who never chose wants. */
function fromSystem(): ReaderPrefs {
  // Written as a weapp-only block, so the H5 build drops the call (and Taro's user-agent parser behind it).
  if (process.env.TARO_ENV === 'weapp') {
    // WeChat documents fontSizeSetting on getAppBaseInfo; Taro's typings have not caught up.
    const setting = (Taro.getAppBaseInfo() as { fontSizeSetting?: number }).fontSizeSetting ?? 17;
    if (setting >= 22) return { size: 2, elder: true };
    if (setting >= 19) return { size: 1, elder: false };
  }
  return { size: 0, elder: false };
}

/** The person's own choice, remembered on this phone; otherwise what the system font size suggests. */
export function loadReaderPrefs(): ReaderPrefs {
  try {
    const stored = Taro.getStorageSync(KEY) as Partial<ReaderPrefs> | '';
    if (stored && typeof stored === 'object' && [0, 1, 2].includes(stored.size as number)) {
      return { size: stored.size as TypeSize, elder: stored.elder === true };
    }
  } catch {
    // Storage unavailable (private browsing): the system's size is the best guess.
  }
  return fromSystem();
}

export function saveReaderPrefs(prefs: ReaderPrefs): void {
  try {
    Taro.setStorageSync(KEY, prefs);
  } catch {
    // Not remembered this time; the reader still shows the chosen size.
  }
}
