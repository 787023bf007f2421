import { AdminPage } from '@/features/org/components/admin-page';
import { ManagedNotices } from '@/features/notices/components/managed-notices';

export default function NoticesPage() {
  return (
    <AdminPage title="学习情况" subtitle="发往所选单位的通知，查看谁已学习、提醒未学习的人">
      {(scope) => <ManagedNotices rows={scope.scope} canPublish={scope.me.isFederationAdmin} />}
    </AdminPage>
  );
}
