import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Me } from '@shared/contract';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { ROUTES } from '@/config/routes';
import './already-member.scss';

export interface AlreadyMemberProps {
  member: NonNullable<Me['member']>;
  unitPathNames: string[];
}

/** What the join page shows someone who already belongs to a unit, instead of a form they cannot submit. */
export function AlreadyMember({ member, unitPathNames }: AlreadyMemberProps) {
  return (
    <Card title="您已加入单位">
      <Text className="already-member__unit">{member.unitName}</Text>
      {unitPathNames.length > 1 ? (
        <Text className="already-member__path">{unitPathNames.join(' / ')}</Text>
      ) : null}
      <Text className="already-member__hint">
        每人只能属于一个单位。如需到其他单位，请联系单位管理员办理调动，不需要再用邀请码加入。
      </Text>
      <ActionButton onClick={() => void Taro.switchTab({ url: ROUTES.me })}>查看我的信息</ActionButton>
    </Card>
  );
}
