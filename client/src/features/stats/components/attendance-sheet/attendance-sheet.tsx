import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { SESSION_KIND_LABELS } from '@shared/sessions/kinds';
import { percent, SHEET_STATUS_LABELS, type SessionSheet, type SheetRow } from '@shared/stats/views';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { errorMessage } from '@/lib/cloud-error';
import { showFailure } from '@/lib/dialog';
import { exportSessionSheet, fetchSessionSheet } from '../../api/stats';
import { chinaDateTime, chinaClock } from '../../lib/china-format';
import { openWorkbook } from '../../lib/open-workbook';
import './attendance-sheet.scss';

function Totals({ sheet }: { sheet: SessionSheet }) {
  const { totals, session } = sheet;
  const parts = [
    ['应到', totals.expected],
    ['按时', totals.present],
    ['迟到', totals.late],
    ['补签', totals.manual],
    ['其他班次', totals.otherShift],
    ['请假', totals.leave],
    [session.ended ? '缺席' : '未签到', totals.absent],
  ] as const;
  return (
    <View className="attendance-sheet__totals">
      {parts.map(([label, value]) => (
        <View key={label} className="attendance-sheet__total">
          <Text className="attendance-sheet__total-value">{value}</Text>
          <Text className="attendance-sheet__total-label">{label}</Text>
        </View>
      ))}
      <View className="attendance-sheet__total">
        <Text className="attendance-sheet__total-value">{percent(totals.rate)}</Text>
        <Text className="attendance-sheet__total-label">到会率</Text>
      </View>
    </View>
  );
}

function Row({ row }: { row: SheetRow }) {
  return (
    <View className={`attendance-sheet__row attendance-sheet__row--${row.status}`}>
      <View className="attendance-sheet__who">
        <Text>{row.name}</Text>
        <Text className="attendance-sheet__unit">{row.unitName}</Text>
      </View>
      <Text className="attendance-sheet__status">{SHEET_STATUS_LABELS[row.status]}</Text>
      <Text className="attendance-sheet__time">
        {row.checkedInAt ? chinaClock(row.checkedInAt) : ''}
        {row.checkedOutAt ? ` – ${chinaClock(row.checkedOutAt)}` : ''}
      </Text>
    </View>
  );
}

/** A session's attendance sheet (everyone expected, 20 at a time) and its printable 签到台账. */
export function AttendanceSheet({ sessionId }: { sessionId: string }) {
  const first = useCloudQuery(() => fetchSessionSheet(sessionId));
  const [more, setMore] = useState<{ items: SheetRow[]; cursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  if (first.loading && !first.data) return <StateView kind="loading" />;
  if (first.error)
    return (
      <Card>
        <StateView kind="error" title={first.error} onAction={first.reload} />
      </Card>
    );
  const sheet = first.data;
  if (!sheet) return null;
  const items = [...sheet.items, ...(more?.items ?? [])];
  const cursor = more ? more.cursor : sheet.nextCursor;

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await fetchSessionSheet(sessionId, cursor);
      setMore({ items: [...(more?.items ?? []), ...page.items], cursor: page.nextCursor });
    } catch (failure) {
      setMoreError(errorMessage(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  const runExport = async () => {
    setExporting(true);
    setExported(null);
    try {
      const file = await exportSessionSheet(sessionId);
      setExported(`已导出 ${file.rows} 人的签到台账（${file.fileName}）`);
      await openWorkbook(file.url, file.fileName);
    } catch (failure) {
      void showFailure('导出失败', failure);
    } finally {
      setExporting(false);
    }
  };

  const { session } = sheet;
  return (
    <View className="attendance-sheet">
      <Card title={session.title} extra={SESSION_KIND_LABELS[session.kind]}>
        <Text className="attendance-sheet__meta">
          {session.unitName} · {chinaDateTime(session.startAt)} · {session.place}
        </Text>
        <Totals sheet={sheet} />
        <ActionButton busy={exporting} onClick={() => void runExport()}>
          {exporting ? '正在导出…' : '导出签到台账（Excel，A4）'}
        </ActionButton>
        {exported ? <Text className="attendance-sheet__done">{exported}</Text> : null}
      </Card>
      <Card title="应到人员" extra={`共 ${sheet.totals.expected} 人`}>
        {items.length === 0 ? <StateView kind="empty" title="该活动没有应到人员" /> : null}
        {items.map((row) => (
          <Row key={row.memberId} row={row} />
        ))}
        {moreError ? <Text className="form-error">{moreError}</Text> : null}
        {cursor ? (
          <ActionButton kind="ghost" busy={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? '加载中…' : `加载更多（已显示 ${items.length} / ${sheet.totals.expected}）`}
          </ActionButton>
        ) : null}
      </Card>
    </View>
  );
}
