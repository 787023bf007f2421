/**
 * The backend's idea of "now": real time, or real time shifted so that tests can pin the day a scenario
 * happens on. Request signatures, serverDate() and download-link expiry all read it; the function runtime
 * shifts its workers' clocks by the same offset, so both sides agree.
 */
export class Clock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Shifts time by `offsetMs` from real time (0: real time again). */
  shift(offsetMs: number): void {
    this.offsetMs = offsetMs;
  }
}
