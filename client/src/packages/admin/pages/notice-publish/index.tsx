import { StateView } from '@/components/state-view';
import { AdminPage } from '@/features/org/components/admin-page';
import { NoticePublisher } from '@/features/notices/components/notice-publisher';

export default function NoticePublishPage() {
  return (
    <AdminPage title="发布通知" subtitle="粘贴全文，检查格式与预览后发布到所选单位">
      {(scope) =>
        scope.me.isFederationAdmin ? (
          <NoticePublisher rows={scope.scope} />
        ) : (
          <StateView kind="empty" title="只有市总工会管理员可以发布通知" />
        )
      }
    </AdminPage>
  );
}
