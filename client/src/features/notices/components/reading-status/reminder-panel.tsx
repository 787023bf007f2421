import { Button, Text, View } from '@tarojs/components';
import type { ReminderOutcome, ReminderState } from '@shared/notices/notice';
import { formatChinaClock } from '@shared/platform/china-time';
import { UNREACHABLE_LABELS, type UnreachablePerson } from '@shared/platform/notifications';
import { Card } from '@/components/card';
import { formatChineseDateTime } from '@/utils/date';

export interface ReminderPanelProps {
  reminder: ReminderState;
  /** People who have not confirmed. */
  pending: number;
  /** What the reminder just sent did, in full. */
  outcome: ReminderOutcome | null;
  sending: boolean;
  error: string | null;
  onRemind: () => void;
}

function Unreachable({ people, total }: { people: readonly UnreachablePerson[]; total: number }) {
  if (total === 0) return null;
  return (
    <View className="reminder-panel__unreachable">
      <Text className="reminder-panel__unreachable-title">以下 {total} 人无法通过微信提醒，请当面告知：</Text>
      {people.map((person) => (
        <View key={person.memberId} className="unreachable-row">
          <Text className="unreachable-row__name">{person.name}</Text>
          <Text className="unreachable-row__unit">{person.unitName}</Text>
          <Text className="unreachable-row__reason">{UNREACHABLE_LABELS[person.reason]}</Text>
        </View>
      ))}
      {total > people.length ? (
        <Text className="reminder-panel__more">另有 {total - people.length} 人未列出</Text>
      ) : null}
    </View>
  );
}

/** The reminder button with its once-a-day limit, and who could not be reached after sending. */
export function ReminderPanel({ reminder, pending, outcome, sending, error, onRemind }: ReminderPanelProps) {
  const today = reminder.today;
  return (
    <Card title="提醒" extra="每个单位每天一次">
      {error ? <Text className="form-error">{error}</Text> : null}
      {outcome ? (
        <View>
          <Text className="reminder-panel__result">已向 {outcome.sent} 人发送学习提醒</Text>
          <Unreachable people={outcome.unreachable} total={outcome.unreachable.length} />
        </View>
      ) : today ? (
        <View>
          <Text className="reminder-panel__result">
            {`今天 ${formatChinaClock(today.at)} 已提醒，送达 ${today.sent} 人`}
          </Text>
          <Unreachable people={today.unreachable} total={today.unreachableCount} />
        </View>
      ) : null}
      {reminder.allowed ? (
        <Button
          className={pending > 0 ? 'btn btn--primary' : 'btn btn--primary btn--disabled'}
          hoverClass="btn--hover"
          disabled={pending === 0 || sending}
          loading={sending}
          onClick={onRemind}
        >
          {pending > 0 ? `提醒未学习的人（${pending} 人）` : '所有人都已学习，无需提醒'}
        </Button>
      ) : (
        <Text className="reminder-panel__limit">
          今天已提醒过，{reminder.nextAllowedAt ? formatChineseDateTime(reminder.nextAllowedAt) : '明天'}{' '}
          后可再次提醒
        </Text>
      )}
    </Card>
  );
}
