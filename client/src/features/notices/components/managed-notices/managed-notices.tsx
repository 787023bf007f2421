import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { deadlineLabel, type ManagedNotice } from '@shared/notices/notice';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { errorMessage } from '@/lib/cloud-error';
import { formatChineseDate } from '@/utils/date';
import { fetchManagedNotices } from '../../api/follow-up';
import { archiveNotice } from '../../api/publishing';
import { useCursorList } from '../../lib/use-cursor-list';
import { ScopePicker, type ScopeRow } from '../scope-picker';
import './managed-notices.scss';

export interface ManagedNoticesProps {
  rows: readonly ScopeRow[];
  canPublish: boolean;
}

/** The notices sent into a unit's subtree, each leading to who has read it; the federation publishes and archives here. */
export function ManagedNotices({ rows, canPublish }: ManagedNoticesProps) {
  const [unitId, setUnitId] = useState(rows[0].unit._id);
  return (
    <View>
      <ScopePicker rows={rows} value={unitId} onChange={setUnitId} />
      {canPublish ? (
        <Button
          className="btn btn--primary managed-notices__publish"
          hoverClass="btn--hover"
          onClick={() => void Taro.navigateTo({ url: ROUTES.adminNoticePublish })}
        >
          发布新通知
        </Button>
      ) : null}
      <NoticeRows key={unitId} unitId={unitId} canArchive={canPublish} />
    </View>
  );
}

function NoticeRows({ unitId, canArchive }: { unitId: string; canArchive: boolean }) {
  const list = useCursorList((cursor) => fetchManagedNotices(unitId, cursor));
  const [busy, setBusy] = useState<string | null>(null);

  const archive = async (notice: ManagedNotice) => {
    const { confirm } = await Taro.showModal({
      title: '归档通知',
      content: `归档后“${notice.title}”不再出现在职工和管理员的通知列表中，已有的阅读记录保留。确定归档？`,
      confirmText: '归档',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    setBusy(notice._id);
    try {
      await archiveNotice(notice._id);
      list.update((items) => items.filter((item) => item._id !== notice._id));
      void Taro.showToast({ title: '已归档', icon: 'success' });
    } catch (error) {
      void Taro.showModal({
        title: '归档失败',
        content: errorMessage(error),
        showCancel: false,
        confirmColor: '#c8161d',
      });
    } finally {
      setBusy(null);
    }
  };

  if (list.loading && list.items.length === 0) return <StateView kind="loading" />;
  if (list.items.length === 0) {
    return (
      <Card>
        {list.error ? (
          <StateView kind="error" title={list.error} onAction={list.reload} />
        ) : (
          <StateView kind="empty" title="暂无发往该单位的通知" />
        )}
      </Card>
    );
  }
  return (
    <View>
      {list.items.map((notice) => (
        <View key={notice._id} className="managed-notice">
          <Text className="managed-notice__title">{notice.title}</Text>
          <Text className="managed-notice__meta">
            {formatChineseDate(notice.publishedAt)} 发布 · 发送范围：{notice.targetNames.join('、')}
          </Text>
          {notice.reportDeadline ? (
            <Text className="managed-notice__deadline">{deadlineLabel(notice.reportDeadline)}前报送</Text>
          ) : null}
          <View className="managed-notice__actions">
            <Button
              className="btn btn--primary btn--small"
              hoverClass="btn--hover"
              onClick={() =>
                void Taro.navigateTo({
                  url: `${ROUTES.adminNoticeReading}?noticeId=${encodeURIComponent(notice._id)}&unitId=${encodeURIComponent(unitId)}`,
                })
              }
            >
              学习情况
            </Button>
            <Button
              className="btn btn--ghost btn--small"
              hoverClass="btn--hover"
              onClick={() =>
                void Taro.navigateTo({ url: `${ROUTES.notice}?id=${encodeURIComponent(notice._id)}` })
              }
            >
              阅读全文
            </Button>
            {notice.reportDeadline ? (
              <Button
                className="btn btn--ghost btn--small"
                hoverClass="btn--hover"
                onClick={() =>
                  void Taro.navigateTo({
                    url: canArchive
                      ? `${ROUTES.adminReportStatus}?noticeId=${encodeURIComponent(notice._id)}`
                      : `${ROUTES.adminReport}?noticeId=${encodeURIComponent(notice._id)}&unitId=${encodeURIComponent(unitId)}`,
                  })
                }
              >
                {canArchive ? '报送情况' : '单位报告'}
              </Button>
            ) : null}
            {canArchive ? (
              <Button
                className="btn btn--danger btn--small"
                hoverClass="btn--hover"
                loading={busy === notice._id}
                disabled={busy !== null}
                onClick={() => void archive(notice)}
              >
                归档
              </Button>
            ) : null}
          </View>
        </View>
      ))}
      {list.error ? <Text className="form-error">{list.error}</Text> : null}
      {list.hasMore ? (
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={list.loadingMore}
          onClick={list.loadMore}
        >
          加载更多
        </Button>
      ) : null}
    </View>
  );
}
