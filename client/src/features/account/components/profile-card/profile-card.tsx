import { Text, View } from '@tarojs/components';
import type { Me } from '@shared/contract';
import { ROLE_LABELS } from '@shared/org/role';
import './profile-card.scss';

export interface ProfileCardProps {
  me: Me & { member: NonNullable<Me['member']> };
}

export function ProfileCard({ me }: ProfileCardProps) {
  const { member } = me;
  const unitPath = me.unitPathNames.length ? me.unitPathNames.join(' / ') : member.unitName;
  return (
    <View className="profile-card">
      <View className="profile-card__top">
        <View className="profile-card__avatar">
          <Text>{member.name.slice(0, 1)}</Text>
        </View>
        <View className="profile-card__who">
          <Text className="profile-card__name">{member.name}</Text>
          <View className="profile-card__roles">
            {me.roles.length === 0 ? <Text className="chip chip--muted">{ROLE_LABELS.member}</Text> : null}
            {me.roles.map((grant) => (
              <Text key={grant._id} className="chip profile-card__role">
                {ROLE_LABELS[grant.role]}
                {grant.role === 'unit_admin' ? ` · ${grant.unitName}` : ''}
              </Text>
            ))}
          </View>
        </View>
      </View>
      <View className="profile-card__rows">
        <View className="profile-card__row">
          <Text className="profile-card__label">所在单位</Text>
          <Text className="profile-card__value profile-card__unit">{unitPath}</Text>
        </View>
        <View className="profile-card__row">
          <Text className="profile-card__label">工号</Text>
          <Text className="profile-card__value">{member.staffNo || '未填写'}</Text>
        </View>
      </View>
    </View>
  );
}
