import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';
import { AlreadyMember } from '@/features/account/components/already-member';
import { JoinFlow } from '@/features/account/components/join-flow';
import { entryInviteCode } from '@/features/account/lib/entry-code';
import { useMe } from '@/lib/me';
import './index.scss';

export default function JoinPage() {
  // Known at the first render, so the code field is created holding it; a later show with another code
  // (WeChat keeps the page) starts the flow afresh.
  const [code, setCode] = useState(entryInviteCode);
  useDidShow(() => {
    const found = entryInviteCode();
    if (found) setCode(found);
  });
  const { loading, error, data: me, reload } = useMe();

  return (
    <View className="page">
      <PageHeader title="加入单位" subtitle="凭单位工会发放的邀请码加入，加入后即可参加单位的学习活动" />
      {loading && !me ? <StateView kind="loading" /> : null}
      {!loading && error ? (
        <Card>
          <StateView kind="error" title={error} onAction={reload} />
        </Card>
      ) : null}
      {me?.member && !error ? <AlreadyMember member={me.member} unitPathNames={me.unitPathNames} /> : null}
      {me && !me.member && !error ? (
        <>
          <JoinFlow key={code ?? ''} initialCode={code} />
          <Card title="没有邀请码？">
            <Text className="join-page__help">
              请联系所在单位的工会管理员获取邀请码，或在微信中扫描单位发放的小程序码，将自动填入邀请码。
            </Text>
          </Card>
        </>
      ) : null}
    </View>
  );
}
