import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReflectionCard as Card } from '@shared/reflections/reflection';
import { ROUTES } from '@/config/routes';
import { formatChineseDate } from '@/utils/date';
import { LikeButton } from '../like-button';
import { StatusChip } from '../status-chip';
import './reflection-card.scss';

export interface ReflectionCardProps {
  reflection: Card;
  /** The writer's own list shows states; feeds show who wrote it and likes. */
  variant: 'mine' | 'feed';
  onLiked?: (likes: number) => void;
}

export function ReflectionCard({ reflection, variant, onLiked }: ReflectionCardProps) {
  const listed = reflection.status === 'published' || reflection.status === 'featured';
  const when = reflection.publishedAt ?? reflection.submittedAt ?? reflection.createdAt;
  return (
    <View
      className="reflection-card"
      hoverClass="reflection-card--hover"
      onClick={() => void Taro.navigateTo({ url: `${ROUTES.reflectionDetail}?id=${reflection._id}` })}
    >
      <View className="reflection-card__head">
        <Text className="reflection-card__title">{reflection.title || '心得体会'}</Text>
        {variant === 'mine' || reflection.status === 'featured' ? (
          <StatusChip status={reflection.status} />
        ) : null}
      </View>
      <Text className="reflection-card__meta">
        {variant === 'feed' ? `${reflection.authorName} · ${reflection.unitName} · ` : ''}
        {formatChineseDate(when)}
        {variant === 'mine' ? ` · ${reflection.length} 字` : ''}
      </Text>
      <View className="reflection-card__body">
        <Text className="reflection-card__excerpt">{reflection.excerpt || '（还没有正文）'}</Text>
        {reflection.coverUrl ? (
          <Image className="reflection-card__cover" src={reflection.coverUrl} mode="aspectFill" lazyLoad />
        ) : null}
      </View>
      {variant === 'mine' && reflection.status === 'returned' && reflection.returnReason ? (
        <Text className="reflection-card__reason">退回原因：{reflection.returnReason}</Text>
      ) : null}
      {listed ? (
        <View className="reflection-card__foot">
          <Text className="reflection-card__notice">{reflection.noticeTitle}</Text>
          <LikeButton
            reflectionId={reflection._id}
            likes={reflection.likes}
            likedByMe={reflection.likedByMe}
            onLiked={onLiked}
          />
        </View>
      ) : null}
    </View>
  );
}
