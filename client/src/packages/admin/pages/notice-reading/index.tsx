import { useRouter } from '@tarojs/taro';
import { StateView } from '@/components/state-view';
import { AdminPage } from '@/features/org/components/admin-page';
import { ReadingStatusView } from '@/features/notices/components/reading-status';

export default function NoticeReadingPage() {
  const { noticeId = '', unitId } = useRouter().params;
  return (
    <AdminPage title="学习情况" subtitle="应学习、已打开、已读完、已学习，按单位汇总">
      {(scope) =>
        noticeId ? (
          <ReadingStatusView noticeId={noticeId} rows={scope.scope} initialUnitId={unitId} />
        ) : (
          <StateView kind="empty" title="没有指定通知" />
        )
      }
    </AdminPage>
  );
}
