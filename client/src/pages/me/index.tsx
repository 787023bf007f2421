import { useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useMe } from '@/lib/me';
import { updateProfile } from '@/features/account/api/update-profile';
import { AdminEntries } from '@/features/account/components/admin-entries';
import { DeleteAccount } from '@/features/account/components/delete-account';
import { ProfileCard } from '@/features/account/components/profile-card';
import { ProfileForm } from '@/features/account/components/profile-form';
import './index.scss';

type Panel = 'none' | 'edit' | 'delete';

export default function MePage() {
  const { loading, error, data: me, reload } = useMe();
  const [panel, setPanel] = useState<Panel>('none');
  const shown = useRef(false);

  // A tab page stays mounted: refresh when coming back, e.g. right after joining a unit.
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });

  const member = me?.member ?? null;

  return (
    <View className="page me-page">
      <PageHeader title="我的" />
      {loading && !me ? <StateView kind="loading" /> : null}
      {!loading && error ? (
        <Card>
          <StateView kind="error" title={error} onAction={reload} />
        </Card>
      ) : null}
      {me && !error && !member ? (
        <Card>
          <StateView
            kind="empty"
            title="您还没有加入单位"
            description="请向所在单位的工会管理员索取邀请码，或扫描单位的小程序码加入"
            actionText="输入邀请码加入"
            onAction={() => void Taro.navigateTo({ url: ROUTES.join })}
          />
        </Card>
      ) : null}
      {me && !error && member ? (
        <View>
          <Card className="me-page__profile">
            {panel === 'edit' ? (
              <View>
                <Text className="me-page__panel-title">编辑个人信息</Text>
                <ProfileForm
                  initialName={member.name}
                  initialStaffNo={member.staffNo ?? ''}
                  submitText="保存"
                  pendingText="正在保存…"
                  onCancel={() => setPanel('none')}
                  onSubmit={async (profile) => {
                    await updateProfile(profile);
                    void Taro.showToast({ title: '已保存', icon: 'success' });
                    setPanel('none');
                    reload();
                  }}
                />
              </View>
            ) : (
              <View>
                <ProfileCard me={{ ...me, member }} />
                <Button
                  className="btn btn--ghost btn--small me-page__edit"
                  hoverClass="btn--hover"
                  onClick={() => setPanel('edit')}
                >
                  编辑个人信息
                </Button>
              </View>
            )}
          </Card>
          <AdminEntries me={me} />
        </View>
      ) : null}
      {me && !error ? (
        <Card title="账号与隐私">
          <View
            className="link-row"
            hoverClass="link-row--hover"
            onClick={() => void Taro.navigateTo({ url: ROUTES.privacy })}
          >
            <Text>隐私说明</Text>
            <Text className="link-row__arrow">›</Text>
          </View>
          {member ? (
            <View
              className="link-row me-page__delete"
              hoverClass="link-row--hover"
              onClick={() => setPanel(panel === 'delete' ? 'none' : 'delete')}
            >
              <Text>注销账号</Text>
              <Text className="link-row__arrow">{panel === 'delete' ? '收起' : '›'}</Text>
            </View>
          ) : null}
          {member && panel === 'delete' ? (
            <DeleteAccount
              onCancel={() => setPanel('none')}
              onDeleted={() => {
                setPanel('none');
                reload();
              }}
            />
          ) : null}
        </Card>
      ) : null}
      {process.env.TARO_ENV === 'h5' ? (
        <View className="me-page__dev">
          <Button
            className="btn btn--ghost"
            hoverClass="btn--hover"
            onClick={() => void Taro.navigateTo({ url: ROUTES.devLogin })}
          >
            切换演示身份
          </Button>
        </View>
      ) : null}
    </View>
  );
}
