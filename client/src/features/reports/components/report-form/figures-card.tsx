import { Text, View } from '@tarojs/components';
import { figureText, PARTICIPATION_LABELS, type ParticipationFigures } from '@shared/reports/figures';
import { Card } from '@/components/card';
import { formatChineseDateTime } from '@/utils/date';

/** The server's figures, shown and never edited: the function recomputes them at submission. */
export function FiguresCard({ figures, live }: { figures: ParticipationFigures; live: boolean }) {
  return (
    <Card title="参与情况" extra={live ? '系统统计，提交时重新计算' : '提交时的统计'}>
      <View className="report-figures">
        {PARTICIPATION_LABELS.map(({ key, label, unit }) => (
          <View key={key} className="report-figures__tile">
            <Text className="report-figures__value">{figureText(figures, key, unit)}</Text>
            <Text className="report-figures__label">{unit === '%' ? label : `${label}（${unit}）`}</Text>
          </View>
        ))}
      </View>
      <Text className="report-figures__note">
        {`数字由系统根据阅读、签到与心得记录统计（含下级单位），不能修改。统计时间 ${formatChineseDateTime(figures.computedAt)}`}
      </Text>
    </Card>
  );
}
