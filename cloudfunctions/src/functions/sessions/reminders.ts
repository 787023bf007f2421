/** A member who asks is reminded this long before the start (the timer runs every minute). */
export const REMIND_BEFORE_MS = 30 * 60_000;
