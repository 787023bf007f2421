import { Text } from '@tarojs/components';
import { STATUS_LABELS, type ReflectionStatus } from '@shared/reflections/status';
import { STATUS_TONES } from '../../lib/labels';
import './status-chip.scss';

export function StatusChip({ status }: { status: ReflectionStatus }) {
  return (
    <Text className={`reflection-status reflection-status--${STATUS_TONES[status]}`}>
      {STATUS_LABELS[status]}
    </Text>
  );
}
