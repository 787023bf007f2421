import { Text, View } from '@tarojs/components';
import { UNREACHABLE_LABELS, type NotifyOutcome } from '@shared/platform/notifications';

const SHOWN_NAMES = 12;

/** Who was told by subscribe message, and who the leader must tell in person (and why). */
export function NotifyOutcomeView({ outcome }: { outcome: NotifyOutcome }) {
  const names = outcome.unreachable.slice(0, SHOWN_NAMES);
  return (
    <View className="form-error notify-outcome">
      <Text>已通过微信消息通知 {outcome.sent} 人。</Text>
      {outcome.unreachable.length > 0 ? (
        <Text>
          {outcome.unreachable.length} 人无法通过消息通知，请另行告知：
          {names.map((person) => `${person.name}（${UNREACHABLE_LABELS[person.reason]}）`).join('、')}
          {outcome.unreachable.length > SHOWN_NAMES ? ` 等` : ''}
        </Text>
      ) : null}
    </View>
  );
}
