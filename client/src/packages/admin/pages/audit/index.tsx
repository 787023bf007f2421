import { AdminPage } from '@/features/org/components/admin-page';
import { AuditLog } from '@/features/org/components/audit-log';

export default function AuditPage() {
  return (
    <AdminPage title="操作记录" subtitle="所选单位及其下级单位的管理操作">
      {(scope) => <AuditLog scope={scope} />}
    </AdminPage>
  );
}
