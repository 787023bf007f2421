import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import {
  percent,
  THRESHOLD_LABELS,
  type FederationRow,
  type FederationTable,
  type Thresholds,
} from '@shared/stats/views';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { Segmented } from '@/components/segmented';
import { StateView } from '@/components/state-view';
import { TextField } from '@/components/text-field';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { showFailure } from '@/lib/dialog';
import { exportFederationTable, fetchFederationTable, saveThresholds } from '../../api/stats';
import { openWorkbook } from '../../lib/open-workbook';
import { StatsChart } from '../stats-chart';
import './federation-board.scss';

type SortKey = 'tree' | 'confirmedRate' | 'attendanceRate' | 'reflectionRate';

const SORTS: { value: SortKey; label: string }[] = [
  { value: 'tree', label: '按单位' },
  { value: 'confirmedRate', label: '已学习率' },
  { value: 'attendanceRate', label: '到会率' },
  { value: 'reflectionRate', label: '心得率' },
];

const KEYS = Object.keys(THRESHOLD_LABELS) as (keyof Thresholds)[];

/** Lowest first, so the units to follow up come to the top; units with nothing to measure go last. */
function sorted(rows: FederationRow[], key: SortKey): FederationRow[] {
  if (key === 'tree') return rows;
  return [...rows].sort((a, b) => (a[key] ?? 2) - (b[key] ?? 2));
}

function ThresholdForm({ thresholds, onSaved }: { thresholds: Thresholds; onSaved: () => void }) {
  const [values, setValues] = useState<Record<keyof Thresholds, string>>({
    confirmedRate: String(thresholds.confirmedRate),
    attendanceRate: String(thresholds.attendanceRate),
    reflectionRate: String(thresholds.reflectionRate),
  });
  const [saving, setSaving] = useState(false);
  const invalid = (key: keyof Thresholds) => {
    const value = Number(values[key]);
    return values[key] === '' || !Number.isInteger(value) || value < 0 || value > 100;
  };
  const save = async () => {
    if (KEYS.some(invalid)) return;
    setSaving(true);
    try {
      await saveThresholds({
        confirmedRate: Number(values.confirmedRate),
        attendanceRate: Number(values.attendanceRate),
        reflectionRate: Number(values.reflectionRate),
      });
      onSaved();
    } catch (failure) {
      void showFailure('保存失败', failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card title="督查标准" extra="低于任一标准的单位标为落后">
      {KEYS.map((key) => (
        <TextField
          key={key}
          label={`${THRESHOLD_LABELS[key]}（%）`}
          type="number"
          value={values[key]}
          error={invalid(key) ? '请填写 0～100 的整数' : null}
          onInput={(value) => setValues((previous) => ({ ...previous, [key]: value }))}
        />
      ))}
      <ActionButton busy={saving} onClick={() => void save()}>
        {saving ? '保存中…' : '保存督查标准'}
      </ActionButton>
    </Card>
  );
}

function Table({ table, sort }: { table: FederationTable; sort: SortKey }) {
  return (
    <View className="federation-board__table">
      {sorted(table.rows, sort).map((row) => (
        <View
          key={row.unitId}
          className={
            row.lagging.length
              ? 'federation-board__row federation-board__row--lagging'
              : 'federation-board__row'
          }
        >
          <View
            className="federation-board__unit"
            style={sort === 'tree' ? { paddingLeft: `${row.depth}em` } : {}}
          >
            <Text>{row.unitName}</Text>
            {row.lagging.length ? (
              <Text className="federation-board__lagging">
                落后：{row.lagging.map((key) => THRESHOLD_LABELS[key]).join('、')}
              </Text>
            ) : null}
          </View>
          <Text className="federation-board__cell">{row.members} 人</Text>
          <Text className="federation-board__cell">{percent(row.confirmedRate)}</Text>
          <Text className="federation-board__cell">{percent(row.attendanceRate)}</Text>
          <Text className="federation-board__cell">{percent(row.reflectionRate)}</Text>
        </View>
      ))}
    </View>
  );
}

/** 组织部's view: every unit rolled up the tree, sortable, lagging units highlighted, exported to Excel. */
export function FederationBoard() {
  const { loading, error, data, reload } = useCloudQuery(() => fetchFederationTable());
  const [sort, setSort] = useState<SortKey>('tree');
  const [exporting, setExporting] = useState(false);
  if (loading && !data) return <StateView kind="loading" />;
  if (error)
    return (
      <Card>
        <StateView kind="error" title={error} onAction={reload} />
      </Card>
    );
  if (!data) return null;
  const lagging = data.rows.filter((row) => row.lagging.length > 0).length;
  const topLevel = data.rows.filter((row) => row.depth === 1);
  const runExport = async () => {
    setExporting(true);
    try {
      const file = await exportFederationTable(data.notice?._id);
      await openWorkbook(file.url, file.fileName);
    } catch (failure) {
      void showFailure('导出失败', failure);
    } finally {
      setExporting(false);
    }
  };
  return (
    <View className="federation-board">
      <Card title="逐级汇总">
        <Text className="federation-board__summary">
          {data.notice ? `阅读按《${data.notice.title}》统计` : '还没有发布的通知，阅读情况暂无'}
        </Text>
        <Text className="federation-board__summary">
          共 {data.rows.length} 个单位，{lagging} 个低于督查标准（上级单位的数字包含其下级单位）
        </Text>
        {topLevel.length > 0 ? (
          <StatsChart
            canvasId="stats-federation"
            label="各单位已学习率（橙色为落后单位）"
            spec={{
              kind: 'bars',
              threshold: data.thresholds.confirmedRate / 100,
              data: topLevel.map((row) => ({
                label: row.unitName,
                value: row.confirmedRate,
                highlight: row.lagging.length > 0,
              })),
            }}
          />
        ) : null}
        <ActionButton kind="ghost" busy={exporting} onClick={() => void runExport()}>
          {exporting ? '正在导出…' : '导出全表（Excel）'}
        </ActionButton>
      </Card>
      <Card title="各单位" extra="单位 / 人数 / 已学习率 / 到会率 / 心得率">
        <Segmented options={SORTS} value={sort} onChange={setSort} />
        {data.rows.length === 0 ? (
          <StateView kind="empty" title="还没有单位" />
        ) : (
          <Table table={data} sort={sort} />
        )}
      </Card>
      <ThresholdForm key={JSON.stringify(data.thresholds)} thresholds={data.thresholds} onSaved={reload} />
    </View>
  );
}
