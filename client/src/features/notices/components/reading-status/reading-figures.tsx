import { Text, View } from '@tarojs/components';
import { percent, type ReadingFigures } from '@shared/notices/notice';

export interface ReadingFiguresCardProps {
  unitName: string;
  totals: ReadingFigures;
}

/** 应学 / 已打开 / 已读完 / 已学习 for the subtree, with the share that confirmed as a bar. */
export function ReadingFiguresCard({ unitName, totals }: ReadingFiguresCardProps) {
  const tiles = [
    { label: '应学习', value: totals.expected, share: null },
    { label: '已打开', value: totals.opened, share: percent(totals.opened, totals.expected) },
    { label: '已读完', value: totals.finished, share: percent(totals.finished, totals.expected) },
    { label: '已学习', value: totals.confirmed, share: percent(totals.confirmed, totals.expected) },
  ];
  return (
    <View className="reading-figures">
      <Text className="reading-figures__scope">{unitName}及下级单位</Text>
      <View className="reading-figures__tiles">
        {tiles.map((tile) => (
          <View key={tile.label} className="reading-figures__tile">
            <Text className="reading-figures__value">{tile.value}</Text>
            <Text className="reading-figures__label">{tile.label}</Text>
            {tile.share !== null ? <Text className="reading-figures__share">{tile.share}%</Text> : null}
          </View>
        ))}
      </View>
      <View className="reading-figures__bar">
        <View
          className="reading-figures__bar-fill"
          style={{ width: `${percent(totals.confirmed, totals.expected)}%` }}
        />
      </View>
    </View>
  );
}
