import { Button, Text, View } from '@tarojs/components';
import { formatChineseDateTime } from '@/utils/date';

export interface ConfirmPanelProps {
  confirmedAt: string | null;
  reachedEnd: boolean;
  confirming: boolean;
  error: string | null;
  onConfirm: () => void;
}

/** The end of the notice: "已学习" once read to the end, and the record of it afterwards. */
export function ConfirmPanel({ confirmedAt, reachedEnd, confirming, error, onConfirm }: ConfirmPanelProps) {
  if (confirmedAt) {
    return (
      <View className="confirm-panel confirm-panel--done">
        <Text className="confirm-panel__done">✓ 已学习</Text>
        <Text className="confirm-panel__hint">{formatChineseDateTime(confirmedAt)} 确认，已计入学习记录</Text>
      </View>
    );
  }
  return (
    <View className="confirm-panel">
      {error ? <Text className="form-error">{error}</Text> : null}
      <Button
        className={reachedEnd ? 'btn btn--primary' : 'btn btn--primary btn--disabled'}
        hoverClass="btn--hover"
        disabled={!reachedEnd || confirming}
        loading={confirming}
        onClick={onConfirm}
      >
        {confirming ? '正在确认…' : '已学习'}
      </Button>
      <Text className="confirm-panel__hint">
        {reachedEnd ? '读完了全文，点击确认已学习' : '读完全文后可以确认“已学习”'}
      </Text>
    </View>
  );
}
