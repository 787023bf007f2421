import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ROUTES } from '@/config/routes';
import { useMe } from '@/lib/me';
import './follow-up-entry.scss';

/** For leaders only: who in their units has read the notices, and (for the federation) publishing. */
export function FollowUpEntry() {
  const { data: me } = useMe();
  if (!me || me.adminUnits.length === 0) return null;
  return (
    <View className="follow-up-entry">
      <View
        className="follow-up-entry__item"
        hoverClass="follow-up-entry__item--hover"
        onClick={() => void Taro.navigateTo({ url: ROUTES.adminNotices })}
      >
        <Text className="follow-up-entry__title">学习情况</Text>
        <Text className="follow-up-entry__hint">谁已读、谁未学习，发送提醒</Text>
      </View>
      {me.isFederationAdmin ? (
        <View
          className="follow-up-entry__item"
          hoverClass="follow-up-entry__item--hover"
          onClick={() => void Taro.navigateTo({ url: ROUTES.adminNoticePublish })}
        >
          <Text className="follow-up-entry__title">发布通知</Text>
          <Text className="follow-up-entry__hint">粘贴全文，预览后发布</Text>
        </View>
      ) : null}
    </View>
  );
}
