/**
 * Days, deadlines and reminders are China time (UTC+8, no daylight saving), while cloud functions run in
 * UTC: every "today" and every date shown goes through here, never through the machine's local time.
 */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The China calendar date of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date | string | number): string {
  const shifted = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** The instant a China calendar day (YYYY-MM-DD) begins. */
export function chinaDayStart(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date) - CHINA_OFFSET_MS);
}

/** The instant the China calendar day after `at` begins: when a once-a-day allowance renews. */
export function nextChinaMidnight(at: Date | string | number): Date {
  return new Date(chinaDayStart(chinaDate(at)).getTime() + DAY_MS);
}

/** The Monday (China time) of the week an instant falls in, as YYYY-MM-DD: the key of weekly trends. */
export function chinaWeekStart(at: Date | string | number): string {
  const start = chinaDayStart(chinaDate(at));
  const weekday = (new Date(start.getTime() + CHINA_OFFSET_MS).getUTCDay() + 6) % 7;
  return chinaDate(start.getTime() - weekday * DAY_MS);
}

/** "11月26日 14:30" in China time; with the year when it is not `reference`'s year. */
export function formatChinaDateTime(at: Date | string | number, reference: Date = new Date()): string {
  const shifted = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  const sameYear = chinaDate(at).slice(0, 4) === chinaDate(reference).slice(0, 4);
  const date = `${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日`;
  const time = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
  return `${sameYear ? '' : `${shifted.getUTCFullYear()}年`}${date} ${time}`;
}

/** "14:30" in China time. */
export function formatChinaClock(at: Date | string | number): string {
  const shifted = new Date(new Date(at).getTime() + CHINA_OFFSET_MS);
  return `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}
