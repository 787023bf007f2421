import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';

export default function StudyPage() {
  return (
    <View className="page">
      <PageHeader title="学习" subtitle="集中学习与个人自学" />
      <Card>
        <StateView kind="empty" title="学习任务即将开放" description="单位发布学习安排后，会在这里显示" />
      </Card>
    </View>
  );
}
