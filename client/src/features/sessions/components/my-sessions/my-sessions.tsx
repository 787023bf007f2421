import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MySessionItem } from '@shared/sessions/session';
import { Card } from '@/components/card';
import { SectionHead } from '@/components/section-head';
import { Segmented } from '@/components/segmented';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { errorMessage } from '@/lib/cloud-error';
import { listMySessions, type When } from '../../api/list-mine';
import { checkInScanned } from '../../lib/check-in-flow';
import { isTakingCheckIns } from '../../lib/format';
import { canScan, scanForCheckIn } from '../../lib/scan';
import { useCursorList } from '../../lib/use-cursor-list';
import { CheckInPanel } from '../check-in-panel';
import { SessionCard } from '../session-card';
import './my-sessions.scss';

const WHEN_OPTIONS = [
  { value: 'upcoming' as const, label: '即将开始' },
  { value: 'past' as const, label: '已结束' },
];

const sessionPage = (sessionId: string) => `${ROUTES.session}?id=${sessionId}`;
const needsCheckIn = (item: MySessionItem) =>
  isTakingCheckIns(item.session) && (item.state === 'not_yet' || item.state.startsWith('leave_'));

export interface MySessionsProps {
  /** Bumped by the page when it is shown again, to read the lists afresh. */
  version: number;
}

/** The 签到 tab: scan, the sessions taking check-ins now, and the member's coming and past sessions. */
export function MySessions({ version }: MySessionsProps) {
  const [when, setWhen] = useState<When>('upcoming');
  const [scanError, setScanError] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const [done, setDone] = useState(0);
  const listKey = `${when}|${version}|${done}`;

  const scan = async () => {
    setScanError(null);
    const outcome = await scanForCheckIn();
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind === 'session') {
      void Taro.navigateTo({ url: sessionPage(outcome.sessionId) });
      return;
    }
    if (outcome.kind === 'unknown' || outcome.scanned.purpose !== 'in') {
      setScanError('请扫描学习活动现场屏幕上的签到二维码');
      return;
    }
    setScanning(true);
    try {
      const result = await checkInScanned(outcome.scanned.sessionId, outcome.scanned.code, outcome.readAt);
      void Taro.showModal({
        title: result.already ? '已签到' : '签到成功',
        content: result.atOtherShift
          ? '您已在本活动的其他班次签到，无需重复签到。'
          : result.attendance.status === 'late'
            ? '已记录签到（迟到）。'
            : '已记录您的签到，请准时参加学习。',
        showCancel: false,
        confirmColor: '#c8161d',
      });
      setDone((n) => n + 1);
    } catch (e) {
      setScanError(errorMessage(e));
    } finally {
      setScanning(false);
    }
  };

  return (
    <View className="my-sessions">
      {canScan ? (
        <Card className="my-sessions__scan">
          <Button
            className="btn btn--primary"
            hoverClass="btn--hover"
            loading={scanning}
            onClick={() => void scan()}
          >
            扫码签到
          </Button>
          <Text className="my-sessions__hint">扫描学习活动现场屏幕上的二维码；二维码每 30 秒更新一次</Text>
          {scanError ? <Text className="form-error my-sessions__error">{scanError}</Text> : null}
        </Card>
      ) : null}
      <Segmented options={WHEN_OPTIONS} value={when} onChange={setWhen} />
      <SessionList key={listKey} when={when} onCheckedIn={() => setDone((n) => n + 1)} />
    </View>
  );
}

function SessionList({ when, onCheckedIn }: { when: When; onCheckedIn: () => void }) {
  const list = useCursorList((cursor) => listMySessions(when, cursor));
  const open = when === 'upcoming' ? list.items.filter(needsCheckIn) : [];
  const rest = list.items.filter((item) => !open.includes(item));

  if (list.loading) return <StateView kind="loading" />;
  if (list.error && list.items.length === 0) {
    return (
      <Card>
        <StateView kind="error" title={list.error} onAction={list.reload} />
      </Card>
    );
  }
  if (list.items.length === 0) {
    return (
      <Card>
        <StateView
          kind="empty"
          title={when === 'upcoming' ? '近期没有学习活动' : '还没有参加过的学习活动'}
          description={when === 'upcoming' ? '单位发起学习活动后会显示在这里' : undefined}
        />
      </Card>
    );
  }
  return (
    <View>
      {open.length > 0 ? <SectionHead title="正在签到" extra={`${open.length} 场`} /> : null}
      {open.map((item) => (
        <View key={item.session._id} className="card my-sessions__open">
          <View onClick={() => void Taro.navigateTo({ url: sessionPage(item.session._id) })}>
            <Text className="my-sessions__open-title">{item.session.title}</Text>
            <Text className="my-sessions__open-meta">
              {item.session.place} ·{' '}
              {item.session.phase === 'late' ? '已开始，现在签到记为迟到' : '签到进行中'}
            </Text>
          </View>
          <CheckInPanel
            session={item.session}
            purpose="in"
            onDone={(message) => {
              void Taro.showToast({ title: message, icon: 'none' });
              onCheckedIn();
            }}
          />
        </View>
      ))}
      {rest.length > 0 && open.length > 0 ? <SectionHead title="其他活动" /> : null}
      {rest.map((item) => (
        <SessionCard
          key={item.session._id}
          session={item.session}
          state={item.state}
          onClick={() => void Taro.navigateTo({ url: sessionPage(item.session._id) })}
        />
      ))}
      {list.error ? <Text className="form-error">{list.error}</Text> : null}
      {list.hasMore ? (
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={list.loadingMore}
          onClick={list.loadMore}
        >
          {list.loadingMore ? '加载中…' : '加载更多'}
        </Button>
      ) : null}
    </View>
  );
}
