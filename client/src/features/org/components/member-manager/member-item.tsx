import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MemberView } from '@shared/org/member';
import { errorMessage } from '@/lib/cloud-error';
import { formatChineseDate } from '@/utils/date';
import type { AdminScope } from '../../api/admin-scope';
import { grantRole } from '../../api/grant-role';
import { moveMember } from '../../api/move-member';
import { removeMember } from '../../api/remove-member';
import { UnitPicker } from '../unit-picker';

export interface MemberItemProps {
  member: MemberView;
  scope: AdminScope;
  onMoved: (member: MemberView) => void;
  onRemoved: (memberId: string) => void;
  onRoleGranted: () => void;
}

const unitName = (scope: AdminScope, unitId: string) => scope.units.find((u) => u._id === unitId)?.name ?? '';

const fail = (title: string, e: unknown) =>
  void Taro.showModal({ title, content: errorMessage(e), showCancel: false });

export function MemberItem({ member, scope, onMoved, onRemoved, onRoleGranted }: MemberItemProps) {
  const [busy, setBusy] = useState(false);

  const act = async (
    confirmTitle: string,
    confirmText: string,
    content: string,
    work: () => Promise<void>,
  ) => {
    const { confirm } = await Taro.showModal({
      title: confirmTitle,
      content,
      confirmText,
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await work();
    } catch (e) {
      fail(`${confirmTitle}失败`, e);
    } finally {
      setBusy(false);
    }
  };

  const move = (toUnitId: string) => {
    if (toUnitId === member.unitId) {
      void Taro.showToast({ title: '已在该单位', icon: 'none' });
      return;
    }
    void act(
      '调动成员',
      '调动',
      `将 ${member.name} 从 ${member.unitName} 调动到 ${unitName(scope, toUnitId)}？`,
      async () => {
        const moved = await moveMember(member._id, toUnitId);
        void Taro.showToast({ title: '已调动', icon: 'success' });
        onMoved(moved);
      },
    );
  };

  const remove = () =>
    void act(
      '移除成员',
      '移除',
      `将 ${member.name} 移出 ${member.unitName}？移除后其不再属于本单位，需要重新凭邀请码加入。`,
      async () => {
        await removeMember(member._id);
        void Taro.showToast({ title: '已移除', icon: 'success' });
        onRemoved(member._id);
      },
    );

  const makeAdmin = (unitId: string) =>
    void act(
      '设为管理员',
      '确定',
      `将 ${member.name} 设为 ${unitName(scope, unitId)} 的单位管理员？`,
      async () => {
        await grantRole({ memberId: member._id, role: 'unit_admin', unitId });
        void Taro.showToast({ title: '已设为管理员', icon: 'success' });
        onRoleGranted();
      },
    );

  return (
    <View className={`member-item${busy ? ' member-item--busy' : ''}`}>
      <View className="member-item__main">
        <View className="member-item__avatar">
          <Text>{member.name.slice(0, 1)}</Text>
        </View>
        <View className="member-item__text">
          <Text className="member-item__name">
            {member.name}
            {member.staffNo ? <Text className="member-item__staff">工号 {member.staffNo}</Text> : null}
          </Text>
          <Text className="member-item__unit">
            {member.unitName} · {formatChineseDate(member.joinedAt)}加入
          </Text>
        </View>
      </View>
      <View className="member-item__actions">
        <UnitPicker units={scope.scope} value={member.unitId} onChange={move}>
          <Text className="member-item__action">调动</Text>
        </UnitPicker>
        <UnitPicker units={scope.scope} value={member.unitId} onChange={makeAdmin}>
          <Text className="member-item__action">设为管理员</Text>
        </UnitPicker>
        <Text className="member-item__action member-item__action--danger" onClick={remove}>
          移除
        </Text>
      </View>
    </View>
  );
}
