import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Card } from '@/components/card';
import { Segmented } from '@/components/segmented';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { listUnitSessions } from '../../api/list-for-unit';
import type { When } from '../../api/list-mine';
import { useCursorList } from '../../lib/use-cursor-list';
import { SessionCard } from '../session-card';
import './unit-sessions.scss';

const WHEN_OPTIONS = [
  { value: 'upcoming' as const, label: '进行中与即将开始' },
  { value: 'past' as const, label: '已结束' },
];

export interface UnitSessionsProps {
  unitId: string;
}

/** The sessions of a unit and the units below it, for its admins, with how many checked in. */
export function UnitSessions({ unitId }: UnitSessionsProps) {
  const [when, setWhen] = useState<When>('upcoming');
  return (
    <View>
      <Button
        className="btn btn--primary unit-sessions__create"
        hoverClass="btn--hover"
        onClick={() => void Taro.navigateTo({ url: `${ROUTES.adminSessionForm}?unitId=${unitId}` })}
      >
        发起学习活动
      </Button>
      <View className="unit-sessions__when">
        <Segmented options={WHEN_OPTIONS} value={when} onChange={setWhen} />
      </View>
      <List key={`${unitId}|${when}`} unitId={unitId} when={when} />
    </View>
  );
}

function List({ unitId, when }: { unitId: string; when: When }) {
  const list = useCursorList((cursor) => listUnitSessions(unitId, when, cursor));
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
          title={when === 'upcoming' ? '还没有安排学习活动' : '还没有结束的学习活动'}
          description={when === 'upcoming' ? '发起一场学习活动，职工即可在“签到”页看到并签到' : undefined}
        />
      </Card>
    );
  }
  return (
    <View>
      {list.items.map((item) => (
        <SessionCard
          key={item.session._id}
          session={item.session}
          extra={
            item.session.status === 'cancelled' ? '已取消' : `已签到 ${item.checkedIn} 人 · 查看签到情况 ›`
          }
          onClick={() => void Taro.navigateTo({ url: `${ROUTES.adminSessionSheet}?id=${item.session._id}` })}
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
