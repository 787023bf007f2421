import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  deadlineLabel,
  type ReadingStatus as Status,
  type ReminderOutcome,
  type UnconfirmedReader,
} from '@shared/notices/notice';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { errorMessage } from '@/lib/cloud-error';
import { fetchReadingStatus, remindUnread } from '../../api/follow-up';
import { ScopePicker, type ScopeRow } from '../scope-picker';
import { ReadingFiguresCard } from './reading-figures';
import { ReminderPanel } from './reminder-panel';
import { UnitBreakdown } from './unit-breakdown';
import './reading-status.scss';

export interface ReadingStatusViewProps {
  noticeId: string;
  rows: readonly ScopeRow[];
  initialUnitId?: string;
}

/** The leader's view of one notice: figures for their subtree, per unit, who has not confirmed, reminders. */
export function ReadingStatusView({ noticeId, rows, initialUnitId }: ReadingStatusViewProps) {
  const start = rows.find((row) => row.unit._id === initialUnitId)?.unit._id ?? rows[0].unit._id;
  const [unitId, setUnitId] = useState(start);
  return (
    <View>
      <ScopePicker rows={rows} value={unitId} onChange={setUnitId} />
      <UnitStatus
        key={unitId}
        noticeId={noticeId}
        unitId={unitId}
        onOpenUnit={(id) => (rows.some((row) => row.unit._id === id) ? setUnitId(id) : undefined)}
      />
    </View>
  );
}

interface UnitStatusProps {
  noticeId: string;
  unitId: string;
  onOpenUnit: (unitId: string) => void;
}

function UnitStatus({ noticeId, unitId, onOpenUnit }: UnitStatusProps) {
  const [status, setStatus] = useState<Status | null>(null);
  const [readers, setReaders] = useState<UnconfirmedReader[]>([]);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ReminderOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const alive = useRef(true);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const fresh = await fetchReadingStatus(noticeId, unitId);
      if (!alive.current) return;
      setStatus(fresh);
      setReaders(fresh.notYet.items);
    } catch (failure) {
      if (alive.current) setError(errorMessage(failure));
    } finally {
      if (alive.current) setLoading(false);
    }
  }, [noticeId, unitId]);

  useEffect(() => {
    alive.current = true;
    void load();
    return () => {
      alive.current = false;
    };
  }, [load]);

  const loadMore = async () => {
    if (!status?.notYet.nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await fetchReadingStatus(noticeId, unitId, status.notYet.nextCursor);
      setStatus(next);
      setReaders((shown) => [...shown, ...next.notYet.items]);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setLoadingMore(false);
    }
  };

  const remind = async () => {
    if (!status) return;
    const { confirm } = await Taro.showModal({
      title: '提醒未学习的人',
      content: `将通过微信订阅消息提醒${status.unit.unitName}及下级单位中尚未确认“已学习”的 ${
        status.totals.expected - status.totals.confirmed
      } 人。每个单位每天只能提醒一次。`,
      confirmText: '发送提醒',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    setSending(true);
    setSendError(null);
    try {
      setOutcome(await remindUnread(noticeId, unitId));
      await load();
    } catch (failure) {
      setSendError(errorMessage(failure));
      await load();
    } finally {
      setSending(false);
    }
  };

  if (loading && !status) return <StateView kind="loading" />;
  if (!status) {
    return (
      <Card>
        <StateView kind="error" title={error ?? '加载失败'} onAction={() => void load()} />
      </Card>
    );
  }
  return (
    <View className="reading-status">
      <Card>
        <Text className="reading-status__title">{status.notice.title}</Text>
        {status.notice.reportDeadline ? (
          <Text className="reading-status__deadline">
            {deadlineLabel(status.notice.reportDeadline)}前向市总工会组织部报送
          </Text>
        ) : null}
        <ReadingFiguresCard unitName={status.unit.unitName} totals={status.totals} />
      </Card>
      {status.units.length > 1 || (status.units.length === 1 && !status.units[0].own) ? (
        <UnitBreakdown units={status.units} onOpen={onOpenUnit} />
      ) : null}
      <ReminderPanel
        reminder={status.reminder}
        pending={status.totals.expected - status.totals.confirmed}
        outcome={outcome}
        sending={sending}
        error={sendError}
        onRemind={() => void remind()}
      />
      <Card title="尚未确认已学习" extra={`${status.totals.expected - status.totals.confirmed} 人`}>
        {readers.length === 0 ? (
          <StateView kind="empty" title="所有人都已确认已学习" />
        ) : (
          readers.map((reader) => (
            <View key={reader.memberId} className="not-yet-row">
              <Text className="not-yet-row__name">{reader.name}</Text>
              <Text className="not-yet-row__unit">{reader.unitName}</Text>
              <Text
                className={
                  reader.progress > 0
                    ? 'not-yet-row__state not-yet-row__state--reading'
                    : 'not-yet-row__state'
                }
              >
                {reader.progress > 0 ? `已读 ${Math.floor(reader.progress * 100)}%` : '未打开'}
              </Text>
            </View>
          ))
        )}
        {error ? <Text className="form-error">{error}</Text> : null}
        {status.notYet.nextCursor ? (
          <Button
            className="btn btn--ghost"
            hoverClass="btn--hover"
            loading={loadingMore}
            onClick={() => void loadMore()}
          >
            {loadingMore ? '加载中…' : `加载更多（已显示 ${readers.length} 人）`}
          </Button>
        ) : null}
      </Card>
    </View>
  );
}
