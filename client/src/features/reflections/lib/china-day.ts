const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China (YYYY-MM-DD), whatever the phone's time zone. */
export function chinaToday(offsetDays = 0): string {
  return new Date(Date.now() + SHANGHAI_OFFSET_MS + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
