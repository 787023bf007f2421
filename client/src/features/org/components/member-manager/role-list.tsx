import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, type RoleGrantView } from '@shared/org/role';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { showNotice } from '@/lib/dialog';
import { formatChineseDate } from '@/utils/date';
import type { AdminScope } from '../../api/admin-scope';
import { listRoles } from '../../api/list-roles';
import { revokeRole } from '../../api/revoke-role';
import { revokeConfirmation, revokeRefusal } from '../../lib/member-changes';
import type { useAdminChange } from './use-admin-change';

export interface RoleListProps {
  unitId: string;
  scope: AdminScope;
  change: ReturnType<typeof useAdminChange>;
}

/** The admins of the chosen unit and below, with 撤销 for grants made in the app. */
export function RoleList({ unitId, scope, change }: RoleListProps) {
  const { loading, error, data, reload } = useCloudQuery(() => listRoles(unitId));
  const { me } = scope;

  const revoke = (grant: RoleGrantView, all: RoleGrantView[]) => {
    const above = scope.units.find((unit) => unit._id === grant.unitId)?.path.slice(0, -1) ?? [];
    const context = {
      own: grant.memberId !== null && grant.memberId === me.member?._id,
      lastAdmin: !all.some(
        (other) => other._id !== grant._id && other.role === 'unit_admin' && other.unitId === grant.unitId,
      ),
      fromAbove: me.isFederationAdmin || me.adminUnits.some((unit) => above.includes(unit.unitId)),
    };
    const refusal = revokeRefusal(grant, context);
    if (refusal) {
      void showNotice('不能撤销', refusal);
      return;
    }
    void change.run({
      target: grant._id,
      confirmation: revokeConfirmation(grant, context),
      work: () => revokeRole(grant._id),
      doneText: '已撤销',
      failureTitle: '撤销失败',
    });
  };

  return (
    <Card title="管理员" extra="本单位及下级单位" className="role-list">
      {loading && !data ? <StateView kind="loading" /> : null}
      {!loading && error ? <StateView kind="error" title={error} onAction={reload} /> : null}
      {!error && data && data.length === 0 ? <StateView kind="empty" title="暂无管理员" /> : null}
      {!error && data
        ? data.map((grant) => (
            <View
              key={grant._id}
              className={`role-list__item${change.busyTarget === grant._id ? ' member-item--busy' : ''}`}
            >
              <View className="role-list__text">
                <Text className="role-list__name">
                  {grant.memberName}
                  {grant.memberId && grant.memberId === me.member?._id ? '（我）' : ''}
                </Text>
                <Text className="role-list__meta">
                  {ROLE_LABELS[grant.role]} · {grant.unitName} · {formatChineseDate(grant.grantedAt)}
                </Text>
              </View>
              {grant.fromConfiguration ? (
                <Text className="chip chip--muted">系统配置</Text>
              ) : (
                <Text
                  className="member-item__action member-item__action--danger"
                  onClick={() => revoke(grant, data)}
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
