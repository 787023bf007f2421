import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { AdminPage } from '@/features/org/components/admin-page';
import { FederationBoard } from '@/features/stats/components/federation-board';

export default function StatsFederationPage() {
  return (
    <AdminPage title="全市参与情况" subtitle="各单位按单位树逐级汇总，只统计单位的比率，不对个人排名">
      {(scope) =>
        scope.me.isFederationAdmin ? (
          <FederationBoard />
        ) : (
          <Card>
            <StateView kind="empty" title="仅市总工会管理员可查看" />
          </Card>
        )
      }
    </AdminPage>
  );
}
