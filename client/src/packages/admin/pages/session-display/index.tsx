import Taro from '@tarojs/taro';
import { StateView } from '@/components/state-view';
import { DisplayScreen } from '@/features/sessions/components/display-screen';

export default function SessionDisplayPage() {
  const sessionId = Taro.getCurrentInstance().router?.params?.id;
  return sessionId ? (
    <DisplayScreen sessionId={sessionId} />
  ) : (
    <StateView kind="error" title="缺少学习活动" />
  );
}
