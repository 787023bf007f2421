import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import type { NotifyOutcome } from '@shared/platform/notifications';
import {
  sheetListLabel,
  type AttendanceSheet,
  type SheetEntry,
  type SheetList,
} from '@shared/sessions/sheet';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { FieldInput } from '@/components/text-field';
import { ROUTES } from '@/config/routes';
import { errorMessage } from '@/lib/cloud-error';
import { fetchAttendance } from '../../api/attendance';
import { cancelSession, closeCheckIn } from '../../api/manage';
import { formatTimeRange, isTakingCheckIns } from '../../lib/format';
import { NotifyOutcomeView } from '../notify-outcome';
import { SheetRow } from './sheet-row';
import './live-sheet.scss';

/** While the sheet is open it reads the counts (and the first page of the list shown) this often. */
const REFRESH_MS = 5_000;

interface Tile {
  list: SheetList | null;
  label: string;
  value: number;
}

function tiles(sheet: AttendanceSheet): Tile[] {
  const { counts, session, ended } = sheet;
  const all: (Tile | null)[] = [
    { list: null, label: '应到', value: counts.expected },
    { list: 'present', label: sheetListLabel('present', ended), value: counts.present },
    { list: 'late', label: sheetListLabel('late', ended), value: counts.late },
    { list: 'manual', label: sheetListLabel('manual', ended), value: counts.manual },
    { list: 'leave', label: sheetListLabel('leave', ended), value: counts.leave },
    { list: 'not_yet', label: sheetListLabel('not_yet', ended), value: counts.notYet },
    session.multiShift
      ? { list: 'other_shift', label: sheetListLabel('other_shift', ended), value: counts.otherShift }
      : null,
    { list: 'leave_requests', label: sheetListLabel('leave_requests', ended), value: counts.leaveRequests },
    session.requireCheckOut ? { list: null, label: '已签退', value: counts.checkedOut } : null,
  ];
  return all.filter((tile): tile is Tile => tile !== null);
}

export interface LiveSheetProps {
  sessionId: string;
}

/**
 * Who came: the counts, live while the page is open, and the people behind each (with leave to decide and
 * 补签 for those not yet there). Each refresh is one call, two database requests, however many attend.
 */
export function LiveSheet({ sessionId }: LiveSheetProps) {
  const [list, setList] = useState<SheetList>('present');
  const [sheet, setSheet] = useState<AttendanceSheet | null>(null);
  const [items, setItems] = useState<SheetEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [visible, setVisible] = useState(true);
  const [notified, setNotified] = useState<NotifyOutcome | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const pagesLoaded = useRef(1);
  const runId = useRef(0);

  const refresh = useCallback(async () => {
    const id = ++runId.current;
    try {
      const answer = await fetchAttendance(sessionId, list);
      if (id !== runId.current) return;
      setSheet(answer);
      // Pages the admin loaded beyond the first stay as they are; the counts still move.
      if (pagesLoaded.current === 1) {
        setItems(answer.list.items);
        setCursor(answer.list.nextCursor);
      }
      setError(null);
    } catch (e) {
      if (id === runId.current) setError(errorMessage(e));
    }
  }, [sessionId, list]);

  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));
  useEffect(() => {
    if (!visible) return undefined;
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [visible, refresh]);

  const choose = (next: SheetList) => {
    if (next === list) return;
    pagesLoaded.current = 1;
    setItems([]);
    setCursor(null);
    setList(next);
  };

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const answer = await fetchAttendance(sessionId, list, cursor);
      pagesLoaded.current += 1;
      setSheet(answer);
      setItems((previous) => [...previous, ...answer.list.items]);
      setCursor(answer.list.nextCursor);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  };

  const changed = () => {
    pagesLoaded.current = 1;
    void refresh();
  };

  const close = async () => {
    const { confirm } = await Taro.showModal({
      title: '结束签到',
      content: '结束后职工将不能再签到，未到的人员可以补签。确定结束吗？',
      confirmText: '结束签到',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    try {
      await closeCheckIn(sessionId);
      changed();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const cancel = async () => {
    try {
      const result = await cancelSession(sessionId, cancelReason.trim());
      setNotified(result.notified);
      setCancelling(false);
      changed();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!sheet) {
    return error ? (
      <StateView kind="error" title={error} onAction={() => void refresh()} />
    ) : (
      <StateView kind="loading" />
    );
  }
  const { session } = sheet;
  const live = session.status === 'scheduled' && !sheet.ended;
  const open = (url: string) => () => void Taro.navigateTo({ url });
  return (
    <View className="live-sheet">
      <Card>
        <Text className="live-sheet__title">{session.title}</Text>
        <Text className="live-sheet__meta">
          {formatTimeRange(session.startAt, session.endAt)} · {session.place}
        </Text>
        <Text className="live-sheet__meta">
          {session.status === 'cancelled'
            ? '已取消'
            : sheet.ended
              ? '已结束'
              : isTakingCheckIns(session)
                ? '签到进行中（每 5 秒自动刷新）'
                : session.phase === 'closed'
                  ? '签到已结束'
                  : '尚未开始签到'}
        </Text>
        {notified ? <NotifyOutcomeView outcome={notified} /> : null}
        <View className="live-sheet__actions">
          {live ? (
            <Button
              className="btn btn--primary btn--small"
              hoverClass="btn--hover"
              onClick={open(`${ROUTES.adminSessionDisplay}?id=${sessionId}`)}
            >
              签到大屏
            </Button>
          ) : null}
          {live ? (
            <Button
              className="btn btn--ghost btn--small"
              hoverClass="btn--hover"
              onClick={open(`${ROUTES.adminSessionForm}?id=${sessionId}`)}
            >
              修改
            </Button>
          ) : null}
          {live ? (
            <Button
              className="btn btn--ghost btn--small"
              hoverClass="btn--hover"
              onClick={open(`${ROUTES.adminSessionForm}?shiftOf=${sessionId}&unitId=${session.unitId}`)}
            >
              增加班次
            </Button>
          ) : null}
          {live && isTakingCheckIns(session) ? (
            <Button
              className="btn btn--danger btn--small"
              hoverClass="btn--hover"
              onClick={() => void close()}
            >
              结束签到
            </Button>
          ) : null}
          {live && !cancelling ? (
            <Button
              className="btn btn--danger btn--small"
              hoverClass="btn--hover"
              onClick={() => setCancelling(true)}
            >
              取消活动
            </Button>
          ) : null}
        </View>
        {cancelling ? (
          <View className="live-sheet__cancel">
            <FieldInput
              value={cancelReason}
              maxlength={100}
              placeholder="取消原因（选填，将通知参加人员）"
              onInput={setCancelReason}
            />
            <View className="button-row live-sheet__cancel-buttons">
              <Button
                className="btn btn--ghost btn--small"
                hoverClass="btn--hover"
                onClick={() => setCancelling(false)}
              >
                不取消
              </Button>
              <Button
                className="btn btn--danger btn--small"
                hoverClass="btn--hover"
                onClick={() => void cancel()}
              >
                确认取消并通知
              </Button>
            </View>
          </View>
        ) : null}
      </Card>

      <View className="live-sheet__tiles">
        {tiles(sheet).map((tile) => (
          <View
            key={tile.label}
            className={`live-sheet__tile${tile.list === list ? ' live-sheet__tile--active' : ''}${tile.list ? '' : ' live-sheet__tile--static'}`}
            onClick={() => (tile.list ? choose(tile.list) : undefined)}
          >
            <Text className="live-sheet__tile-value">{tile.value}</Text>
            <Text className="live-sheet__tile-label">{tile.label}</Text>
          </View>
        ))}
      </View>

      <Card title={sheetListLabel(list, sheet.ended)} className="card--list live-sheet__list">
        {items.length === 0 ? (
          <Text className="live-sheet__empty">暂无人员</Text>
        ) : (
          items.map((entry) => (
            <SheetRow
              key={`${list}:${entry.memberId}`}
              sessionId={sessionId}
              list={list}
              entry={entry}
              canMark={session.status === 'scheduled' && session.phase !== 'not_open'}
              onChanged={changed}
            />
          ))
        )}
      </Card>
      {error ? <Text className="form-error">{error}</Text> : null}
      {cursor ? (
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={loadingMore}
          onClick={() => void loadMore()}
        >
          {loadingMore ? '加载中…' : '加载更多'}
        </Button>
      ) : null}
    </View>
  );
}
