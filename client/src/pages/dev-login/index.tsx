import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { errorMessage } from '@/lib/cloud-error';
import { devLogin, fetchDevIdentities, type DevIdentity } from '@/lib/dev-login';
import './index.scss';

const NEW_VISITOR = 'new-visitor';

function groupByRole(identities: DevIdentity[]): Array<{ label: string; items: DevIdentity[] }> {
  const groups = new Map<string, DevIdentity[]>();
  for (const identity of identities) {
    const group = groups.get(identity.roleLabel) ?? [];
    group.push(identity);
    groups.set(identity.roleLabel, group);
  }
  return [...groups].map(([label, items]) => ({ label, items }));
}

export default function DevLoginPage() {
  const { loading, error, data, reload } = useCloudQuery(fetchDevIdentities);
  const [pending, setPending] = useState<string | null>(null);

  const enter = async (openid: string | null) => {
    const key = openid ?? NEW_VISITOR;
    if (pending) return;
    setPending(key);
    try {
      await devLogin(openid);
      await Taro.reLaunch({ url: ROUTES.home });
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' });
    } finally {
      setPending(null);
    }
  };

  return (
    <View className="page dev-login">
      <PageHeader title="选择演示身份（仅本地开发）" subtitle="选择一个身份后进入首页，可随时从“我的”切换" />
      <Card className="dev-login__new">
        <Text className="dev-login__new-hint">
          模拟一位从未使用过的职工：没有加入任何单位，可用邀请码加入
        </Text>
        <ActionButton busy={pending === NEW_VISITOR} onClick={() => void enter(null)}>
          以新用户身份进入
        </ActionButton>
      </Card>
      {loading && !data ? <StateView kind="loading" /> : null}
      {!loading && error ? <StateView kind="error" title={error} onAction={reload} /> : null}
      {!loading && !error && data && data.length === 0 ? (
        <StateView kind="empty" title="暂无演示身份" description="请先在本地后端导入演示数据" />
      ) : null}
      {data && !error
        ? groupByRole(data).map((group) => (
            <View key={group.label} className="dev-login__group">
              <Text className="dev-login__group-title">{group.label}</Text>
              <Card className="card--list">
                {group.items.map((identity) => (
                  <View
                    key={identity.openid}
                    className="dev-login__item"
                    hoverClass="dev-login__item--hover"
                    onClick={() => void enter(identity.openid)}
                  >
                    <View className="dev-login__avatar">
                      <Text>{identity.name.slice(0, 1)}</Text>
                    </View>
                    <View className="dev-login__text">
                      <Text className="dev-login__name">{identity.name}</Text>
                      <Text className="dev-login__unit">{identity.unitName ?? '未加入单位'}</Text>
                    </View>
                    <Text className="dev-login__arrow">
                      {pending === identity.openid ? '登录中…' : '进入'}
                    </Text>
                  </View>
                ))}
              </Card>
            </View>
          ))
        : null}
    </View>
  );
}
