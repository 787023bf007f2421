import { Text, View } from '@tarojs/components';
import type { MemberListItem } from '@shared/org/member';
import { ROLE_LABELS } from '@shared/org/role';
import { formatChineseDate } from '@/utils/date';

export interface MemberItemProps {
  member: MemberListItem;
  /** The caller themself: the row says so. */
  isSelf: boolean;
  busy: boolean;
  /** Some role can still be given to this member by the caller. */
  canGrant: boolean;
  onMove: () => void;
  onGrant: () => void;
  onRemove: () => void;
}

export function MemberItem({ member, isSelf, busy, canGrant, onMove, onGrant, onRemove }: MemberItemProps) {
  return (
    <View className={`member-item${busy ? ' member-item--busy' : ''}`}>
      <View className="member-item__main">
        <View className="member-item__avatar">
          <Text>{member.name.slice(0, 1)}</Text>
        </View>
        <View className="member-item__text">
          <Text className="member-item__name">
            {member.name}
            {isSelf ? <Text className="member-item__self">（我）</Text> : null}
            {member.staffNo ? <Text className="member-item__staff">工号 {member.staffNo}</Text> : null}
          </Text>
          <Text className="member-item__unit">
            {member.unitName} · {formatChineseDate(member.joinedAt)}加入
          </Text>
        </View>
      </View>
      {member.grants.length > 0 ? (
        <View className="member-item__roles">
          {member.grants.map((grant) => (
            <Text key={grant._id} className="chip member-item__role">
              {grant.role === 'federation_admin'
                ? ROLE_LABELS.federation_admin
                : `${ROLE_LABELS.unit_admin} · ${grant.unitName}`}
            </Text>
          ))}
        </View>
      ) : null}
      <View className="member-item__actions">
        <Text className="member-item__action" onClick={onMove}>
          调动
        </Text>
        {canGrant ? (
          <Text className="member-item__action" onClick={onGrant}>
            设为管理员
          </Text>
        ) : null}
        <Text className="member-item__action member-item__action--danger" onClick={onRemove}>
          移除
        </Text>
      </View>
    </View>
  );
}
