import { useState } from 'react';
import { AdminPage } from '@/features/org/components/admin-page';
import { UnitPicker } from '@/features/org/components/unit-picker';
import { UnitDashboard } from '@/features/stats/components/unit-dashboard';

export default function StatsPage() {
  const [unitId, setUnitId] = useState<string | null>(null);
  return (
    <AdminPage title="参与统计" subtitle="所选单位及其全部下级单位的学习贯彻情况">
      {(scope) => {
        const chosen = scope.scope.find((row) => row.unit._id === unitId) ?? scope.scope[0];
        return (
          <>
            <UnitPicker label="单位" units={scope.scope} value={chosen.unit._id} onChange={setUnitId} />
            <UnitDashboard
              key={chosen.unit._id}
              unitId={chosen.unit._id}
              isFederationAdmin={scope.me.isFederationAdmin}
            />
          </>
        );
      }}
    </AdminPage>
  );
}
