import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { StateView } from '@/components/state-view';
import { LiveSheet } from '@/features/sessions/components/live-sheet';

export default function SessionSheetPage() {
  const sessionId = Taro.getCurrentInstance().router?.params?.id;
  return (
    <View className="page">
      {sessionId ? <LiveSheet sessionId={sessionId} /> : <StateView kind="error" title="缺少学习活动" />}
    </View>
  );
}
