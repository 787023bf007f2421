import { useState } from 'react';
import { Button, Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { errorMessage } from '@/lib/cloud-error';
import { exportReflections } from '../../api/submissions';
import { chinaToday } from '../../lib/china-day';
import { openWorkbook } from '../../lib/open-export';

/** Exports the unit's handed-in reflections of a period to an Excel workbook and opens it. */
export function ExportPanel({ unitId, unitName }: { unitId: string; unitName: string }) {
  const [from, setFrom] = useState(chinaToday(-30));
  const [to, setTo] = useState(chinaToday());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setDone(null);
    try {
      const result = await exportReflections(unitId, from, to);
      setDone(`已导出 ${result.count} 篇心得（${result.fileName}）`);
      await openWorkbook(result.url, result.fileName);
    } catch (failure) {
      void Taro.showModal({ title: '导出失败', content: errorMessage(failure), showCancel: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="导出心得" extra={unitName}>
      <View className="export-panel__range">
        <Picker mode="date" value={from} end={to} onChange={(event) => setFrom(event.detail.value)}>
          <Text className="export-panel__date">{from}</Text>
        </Picker>
        <Text className="export-panel__to">至</Text>
        <Picker mode="date" value={to} start={from} onChange={(event) => setTo(event.detail.value)}>
          <Text className="export-panel__date">{to}</Text>
        </Picker>
      </View>
      <Text className="export-panel__hint">
        导出所选单位及下级单位在此期间提交的心得（含审核状态与雷同检查），一次最多一年
      </Text>
      {done ? <Text className="export-panel__done">{done}</Text> : null}
      <Button className="btn btn--primary" hoverClass="btn--hover" loading={busy} onClick={() => void run()}>
        {busy ? '正在生成…' : '导出 Excel'}
      </Button>
    </Card>
  );
}
