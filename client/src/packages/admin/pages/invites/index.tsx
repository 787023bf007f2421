import { AdminPage } from '@/features/org/components/admin-page';
import { InviteManager } from '@/features/org/components/invite-manager';

export default function InvitesPage() {
  return (
    <AdminPage title="邀请码" subtitle="职工凭邀请码或小程序码加入所选单位">
      {(scope) => <InviteManager scope={scope} />}
    </AdminPage>
  );
}
