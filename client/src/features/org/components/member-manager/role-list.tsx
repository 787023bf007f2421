import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROLE_LABELS } from '@shared/org/role';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { errorMessage } from '@/lib/cloud-error';
import { formatChineseDate } from '@/utils/date';
import { listRoles } from '../../api/list-roles';
import { revokeRole } from '../../api/revoke-role';

/** The admins of the chosen unit and below, with 撤销 for grants made in the app. */
export function RoleList({ unitId }: { unitId: string }) {
  const { loading, error, data, reload } = useCloudQuery(() => listRoles(unitId));

  const revoke = async (grantId: string, who: string, role: string) => {
    const { confirm } = await Taro.showModal({
      title: '撤销管理员',
      content: `撤销 ${who} 的“${role}”角色？撤销后其不能再管理该单位。`,
      confirmText: '撤销',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    try {
      await revokeRole(grantId);
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      reload();
    } catch (e) {
      void Taro.showModal({ title: '撤销失败', content: errorMessage(e), showCancel: false });
    }
  };

  return (
    <Card title="管理员" extra="本单位及下级单位" className="role-list">
      {loading && !data ? <StateView kind="loading" /> : null}
      {!loading && error ? <StateView kind="error" title={error} onAction={reload} /> : null}
      {!error && data && data.length === 0 ? <StateView kind="empty" title="暂无管理员" /> : null}
      {!error && data
        ? data.map((grant) => (
            <View key={grant._id} className="role-list__item">
              <View className="role-list__text">
                <Text className="role-list__name">{grant.memberName}</Text>
                <Text className="role-list__meta">
                  {ROLE_LABELS[grant.role]} · {grant.unitName} · {formatChineseDate(grant.grantedAt)}
                </Text>
              </View>
              {grant.fromConfiguration ? (
                <Text className="chip chip--muted">系统配置</Text>
              ) : (
                <Text
                  className="member-item__action member-item__action--danger"
                  onClick={() => void revoke(grant._id, grant.memberName, ROLE_LABELS[grant.role])}
                >
                  撤销
                </Text>
              )}
            </View>
          ))
        : null}
    </Card>
  );
}
