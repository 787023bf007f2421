import { MY_SESSION_STATE_LABELS, type MySessionState, type SessionView } from '@shared/sessions/session';
import { SESSION_KIND_LABELS } from '@shared/sessions/kinds';

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');
const china = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS);
const WEEKDAYS = '日一二三四五六';

/** "11月26日（周三）14:00" in China time, whatever the phone's zone. */
export function formatDayTime(iso: string): string {
  const d = china(iso);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日（周${WEEKDAYS[d.getUTCDay()]}）${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function formatClock(iso: string): string {
  const d = china(iso);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "11月26日（周三）14:00–15:30", or with both days when it spans several. */
export function formatTimeRange(startAt: string, endAt: string): string {
  const sameDay = china(startAt).toISOString().slice(0, 10) === china(endAt).toISOString().slice(0, 10);
  return `${formatDayTime(startAt)}–${sameDay ? formatClock(endAt) : formatDayTime(endAt)}`;
}

export const kindLabel = (session: Pick<SessionView, 'kind'>) => SESSION_KIND_LABELS[session.kind];

export const stateLabel = (state: MySessionState) => MY_SESSION_STATE_LABELS[state];

/** Chip colour of a state: done (green), attention (red), neutral. */
export function stateTone(state: MySessionState): 'done' | 'alert' | 'muted' {
  if (state === 'present' || state === 'late' || state === 'manual' || state === 'other_shift') return 'done';
  if (state === 'absent' || state === 'leave_declined') return 'alert';
  return 'muted';
}

/** Check-in is taking people now. */
export const isTakingCheckIns = (session: Pick<SessionView, 'phase' | 'status'>) =>
  session.status === 'scheduled' && (session.phase === 'open' || session.phase === 'late');
