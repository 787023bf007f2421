import type { ReactNode } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReflectionCard as Card } from '@shared/reflections/reflection';
import { ROUTES } from '@/config/routes';
import { formatChineseDate } from '@/utils/date';
import { StatusChip } from '../status-chip';
import './reflection-card.scss';

export interface ReflectionCardProps {
  reflection: Card;
  /** The writer's own list shows states; feeds show who wrote it. */
  variant: 'mine' | 'feed';
  /** What sits beside the notice's name of a published reflection, e.g. a like button; else its likes. */
  action?: ReactNode;
}

export function ReflectionCard({ reflection, variant, action }: ReflectionCardProps) {
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
      {variant === 'mine' && reflection.returnReason && reflection.status !== 'submitted' ? (
        <Text className="reflection-card__reason">退回原因：{reflection.returnReason}</Text>
      ) : null}
      {listed ? (
        <View className="reflection-card__foot">
          <Text className="reflection-card__notice">{reflection.noticeTitle}</Text>
          {action ?? <Text className="reflection-card__likes">♥ {reflection.likes}</Text>}
        </View>
      ) : null}
    </View>
  );
}
