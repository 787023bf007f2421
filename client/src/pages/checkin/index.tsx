import { useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useMe } from '@/lib/me';
import { MySessions } from '@/features/sessions/components/my-sessions';
import './index.scss';

export default function CheckinPage() {
  const { loading, error, data: me, reload } = useMe();
  const [version, setVersion] = useState(0);
  const shown = useRef(false);

  // A tab page stays mounted: read afresh when the person comes back (a new session, a check-in elsewhere).
  useDidShow(() => {
    if (shown.current) {
      reload();
      setVersion((n) => n + 1);
    }
    shown.current = true;
  });

  return (
    <View className="page checkin-page">
      <PageHeader title="签到" subtitle="参加学习活动时，扫描现场屏幕上的二维码或输入签到码" />
      {loading && !me ? <StateView kind="loading" /> : null}
      {!loading && error && !me ? (
        <Card>
          <StateView kind="error" title={error} onAction={reload} />
        </Card>
      ) : null}
      {me && me.adminUnits.length > 0 ? (
        <Card className="checkin-page__organise">
          <View
            className="link-row"
            hoverClass="link-row--hover"
            onClick={() => void Taro.navigateTo({ url: ROUTES.adminSessions })}
          >
            <View>
              <Text>组织学习活动</Text>
              <Text className="checkin-page__hint">发起活动、签到大屏、查看到会情况</Text>
            </View>
            <Text className="link-row__arrow">›</Text>
          </View>
        </Card>
      ) : null}
      {me && !me.member ? (
        <Card>
          <StateView
            kind="empty"
            title="加入单位后即可签到"
            description="请向所在单位的工会管理员索取邀请码"
            actionText="输入邀请码加入"
            onAction={() => void Taro.navigateTo({ url: ROUTES.join })}
          />
        </Card>
      ) : null}
      {me?.member ? <MySessions version={version} /> : null}
    </View>
  );
}
