import { Text, View } from '@tarojs/components';
import { deadlineLabel, readingLabel, readingStage, type NoticeSummary } from '@shared/notices/notice';
import { formatChineseDate } from '@/utils/date';

export interface NoticeCardProps {
  notice: NoticeSummary;
  onOpen: () => void;
}

/** One notice on the home page with the person's own state: 未读 / 已读 x% / 已学习. */
export function NoticeCard({ notice, onOpen }: NoticeCardProps) {
  const stage = readingStage(notice.reading);
  return (
    <View className="notice-card" hoverClass="notice-card--hover" onClick={onOpen}>
      <View className="notice-card__top">
        <Text className="notice-card__badge">通知</Text>
        <Text className={`notice-card__state notice-card__state--${stage}`}>
          {readingLabel(notice.reading)}
        </Text>
      </View>
      <Text className="notice-card__title">{notice.title}</Text>
      {stage === 'reading' ? (
        <View className="notice-card__progress">
          <View
            className="notice-card__progress-bar"
            style={{ width: `${Math.round((notice.reading?.progress ?? 0) * 100)}%` }}
          />
        </View>
      ) : null}
      <View className="notice-card__meta">
        <Text>
          {notice.issuer} · {formatChineseDate(notice.publishedAt)}
        </Text>
        {notice.reportDeadline ? (
          <Text className="notice-card__deadline">{`${deadlineLabel(notice.reportDeadline)}前报送`}</Text>
        ) : null}
      </View>
      <Text className="notice-card__action">
        {stage === 'confirmed' ? '再读一遍 ›' : stage === 'reading' ? '继续阅读 ›' : '开始阅读 ›'}
      </Text>
    </View>
  );
}
