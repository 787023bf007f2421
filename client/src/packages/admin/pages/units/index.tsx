import { AdminPage } from '@/features/org/components/admin-page';
import { UnitManager } from '@/features/org/components/unit-manager';

export default function UnitsPage() {
  return (
    <AdminPage title="单位架构" subtitle="您管理的单位及其下级单位">
      {(scope, reload) => <UnitManager scope={scope} reload={reload} />}
    </AdminPage>
  );
}
