const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** "2025年6月3日" in Asia/Shanghai, whatever the device's time zone; '' for an unreadable date. */
export function formatChineseDate(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const d = new Date(time + SHANGHAI_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2025年6月3日 08:05" in Asia/Shanghai, whatever the device's time zone; '' for an unreadable date. */
export function formatChineseDateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const d = new Date(time + SHANGHAI_OFFSET_MS);
  return `${formatChineseDate(iso)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
