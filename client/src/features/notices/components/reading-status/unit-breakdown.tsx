import { Text, View } from '@tarojs/components';
import { percent, type UnitReading } from '@shared/notices/notice';
import { Card } from '@/components/card';

export interface UnitBreakdownProps {
  units: readonly UnitReading[];
  onOpen: (unitId: string) => void;
}

/** Each direct child unit's share of people who confirmed; tapping a unit shows its own subtree. */
export function UnitBreakdown({ units, onOpen }: UnitBreakdownProps) {
  return (
    <Card title="各单位情况" extra="按直属下级单位">
      {units.map((row) => (
        <View
          key={row.unitId}
          className="unit-reading"
          hoverClass={row.own ? undefined : 'unit-reading--hover'}
          onClick={() => (row.own ? undefined : onOpen(row.unitId))}
        >
          <View className="unit-reading__top">
            <Text className="unit-reading__name">{row.unitName}</Text>
            <Text className="unit-reading__figure">
              已学习 {row.confirmed}/{row.expected}（{percent(row.confirmed, row.expected)}%）
            </Text>
          </View>
          <View className="unit-reading__bar">
            <View
              className="unit-reading__bar-fill"
              style={{ width: `${percent(row.confirmed, row.expected)}%` }}
            />
          </View>
          <Text className="unit-reading__detail">
            已打开 {row.opened} · 已读完 {row.finished}
            {row.own ? '' : ' · 查看 ›'}
          </Text>
        </View>
      ))}
    </Card>
  );
}
