import { AdminPage } from '@/features/org/components/admin-page';
import { MemberManager } from '@/features/org/components/member-manager';

export default function MembersPage() {
  return (
    <AdminPage title="成员管理" subtitle="查看所选单位及其下级单位的成员">
      {(scope, reload) => <MemberManager scope={scope} reloadScope={reload} />}
    </AdminPage>
  );
}
