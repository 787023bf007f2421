import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useMe } from '@/lib/me';
import { StudyRecord } from '@/features/reflections/components/study-record';

/** 学习: the person's own study record (学习档案), only what is recorded about them. */
export default function StudyPage() {
  const { loading, error, data: me, reload } = useMe();
  const [version, setVersion] = useState(0);
  const shown = useRef(false);

  // A tab page stays mounted: coming back from writing or reading, show what changed.
  useDidShow(() => {
    if (shown.current) setVersion((v) => v + 1);
    shown.current = true;
  });

  return (
    <View className="page">
      <PageHeader title="学习档案" subtitle="我的学习与心得记录" />
      {loading && !me ? <StateView kind="loading" /> : null}
      {!loading && error ? (
        <Card>
          <StateView kind="error" title={error} onAction={reload} />
        </Card>
      ) : null}
      {me && !error && !me.member ? (
        <Card>
          <StateView
            kind="empty"
            title="加入单位后即可记录学习"
            description="请向所在单位的工会管理员索取邀请码"
            actionText="输入邀请码加入"
            onAction={() => void Taro.navigateTo({ url: ROUTES.join })}
          />
        </Card>
      ) : null}
      {me && !error && me.member ? <StudyRecord key={version} me={me} version={version} /> : null}
    </View>
  );
}
