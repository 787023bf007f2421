import { Text, View } from '@tarojs/components';
import type { SimilarityMark } from '@shared/reflections/reflection';
import { percent } from '../../lib/labels';
import './similarity-note.scss';

/** The reviewer's marks: 疑似雷同 with what it resembles, and WeChat's request for a person to look. */
export function SimilarityNote({
  similarity,
  contentHeld,
}: {
  similarity: SimilarityMark | null;
  contentHeld: boolean;
}) {
  if (!similarity && !contentHeld) return null;
  const other = similarity?.reflection;
  return (
    <View className="similarity-note">
      {similarity ? (
        <Text className="similarity-note__line similarity-note__line--copy">
          疑似雷同 {percent(similarity.score)}：
          {similarity.resembles === 'notice'
            ? '大部分内容与通知原文相同'
            : `与${other?.authorName ? ` ${other.authorName}（${other.unitName}）` : `${other?.unitName ?? '其他单位'}的一篇`}的心得高度相似`}
        </Text>
      ) : null}
      {contentHeld ? (
        <Text className="similarity-note__line">微信内容安全检测提示需人工复核，请确认内容无误后再发布</Text>
      ) : null}
    </View>
  );
}
