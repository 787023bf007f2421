import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';

export default function CheckinPage() {
  return (
    <View className="page">
      <PageHeader title="签到" subtitle="参加学习活动时在此签到" />
      <Card>
        <StateView
          kind="empty"
          title="签到功能即将开放"
          description="单位发起学习活动后，即可在这里扫码签到"
        />
      </Card>
    </View>
  );
}
