import { useState } from 'react';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { JoinFlow } from '@/features/account/components/join-flow';
import { entryInviteCode } from '@/features/account/lib/entry-code';

export default function JoinPage() {
  const [code, setCode] = useState<string>();
  useDidShow(() => {
    const found = entryInviteCode();
    if (found) setCode(found);
  });

  return (
    <View className="page">
      <PageHeader title="加入单位" subtitle="凭单位工会发放的邀请码加入，加入后即可参加单位的学习活动" />
      <JoinFlow initialCode={code} />
    </View>
  );
}
