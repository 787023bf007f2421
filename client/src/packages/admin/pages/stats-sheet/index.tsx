import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
// The sheet first: the admin subpackage's shared styles then keep one order (no mini-css-extract conflict).
import { AttendanceSheet } from '@/features/stats/components/attendance-sheet';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';

export default function StatsSheetPage() {
  const sessionId = Taro.getCurrentInstance().router?.params?.id;
  return (
    <View className="page">
      <PageHeader title="签到台账" />
      {sessionId ? (
        <AttendanceSheet sessionId={sessionId} />
      ) : (
        <StateView kind="error" title="缺少学习活动" />
      )}
    </View>
  );
}
