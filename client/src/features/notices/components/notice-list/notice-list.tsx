import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NoticeSummary } from '@shared/notices/notice';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import type { CursorList } from '../../lib/use-cursor-list';
import { NoticeCard } from './notice-card';
import './notice-list.scss';

export interface NoticeListProps {
  list: CursorList<NoticeSummary>;
}

/** The notices sent to the person's unit, newest first, each with how far they got. */
export function NoticeList({ list }: NoticeListProps) {
  if (list.loading && list.items.length === 0) return <StateView kind="loading" />;
  if (list.items.length === 0) {
    return (
      <Card>
        {list.errorCode === 'NOT_A_MEMBER' ? (
          <StateView
            kind="empty"
            title="您还没有加入单位"
            description="加入单位后，这里会显示发给您单位的通知"
            actionText="输入邀请码加入"
            onAction={() => void Taro.navigateTo({ url: ROUTES.join })}
          />
        ) : list.error ? (
          <StateView kind="error" title={list.error} onAction={list.reload} />
        ) : (
          <StateView kind="empty" title="暂无通知" description="新的通知发布后会显示在这里" />
        )}
      </Card>
    );
  }
  const open = (id: string) => void Taro.navigateTo({ url: `${ROUTES.notice}?id=${encodeURIComponent(id)}` });
  return (
    <View className="notice-list">
      {list.items.map((notice) => (
        <NoticeCard key={notice._id} notice={notice} onOpen={() => open(notice._id)} />
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
