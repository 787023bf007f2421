import { Text, View } from '@tarojs/components';
import type { MySessionState, SessionView } from '@shared/sessions/session';
import { formatTimeRange, kindLabel, stateLabel, stateTone } from '../../lib/format';
import './session-card.scss';

export interface SessionCardProps {
  session: SessionView;
  /** The member's own state; admins' lists show a count instead. */
  state?: MySessionState;
  extra?: string;
  onClick?: () => void;
}

/** One session in a list: what, when, where, and where the person stands. */
export function SessionCard({ session, state, extra, onClick }: SessionCardProps) {
  const cancelled = session.status === 'cancelled';
  return (
    <View
      className={`card session-card${cancelled ? ' session-card--cancelled' : ''}`}
      hoverClass="session-card--hover"
      onClick={onClick}
    >
      <View className="session-card__head">
        <Text className="chip chip--muted session-card__kind">{kindLabel(session)}</Text>
        {session.multiShift ? <Text className="chip chip--muted session-card__kind">分班次</Text> : null}
        {state ? (
          <Text className={`session-card__state session-card__state--${stateTone(state)}`}>
            {stateLabel(state)}
          </Text>
        ) : null}
      </View>
      <Text className="session-card__title">{session.title}</Text>
      <Text className="session-card__meta">{formatTimeRange(session.startAt, session.endAt)}</Text>
      <Text className="session-card__meta">
        {session.place} · {session.unitName}
      </Text>
      {extra ? <Text className="session-card__extra">{extra}</Text> : null}
    </View>
  );
}
