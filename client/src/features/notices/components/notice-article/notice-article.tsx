import type { Notice } from '@shared/notices/notice';
import { Text, View } from '@tarojs/components';
import { formatChineseDate } from '@/utils/date';
import './notice-article.scss';

export interface NoticeArticleProps {
  notice: Notice;
}

export function NoticeArticle({ notice }: NoticeArticleProps) {
  const paragraphs = notice.body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    <View className="notice-article">
      <View className="notice-article__badge">
        <Text>通知</Text>
      </View>
      <Text className="notice-title">{notice.title}</Text>
      <View className="notice-article__meta">
        <Text className="notice-article__issuer">{notice.issuer}</Text>
        <Text className="notice-article__date">{formatChineseDate(notice.publishedAt)}</Text>
      </View>
      <View className="notice-article__divider" />
      <Text className="notice-article__addressees">{notice.addressees}：</Text>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} className="notice-article__paragraph">
          {paragraph}
        </Text>
      ))}
    </View>
  );
}
