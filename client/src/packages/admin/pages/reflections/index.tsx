import { useState } from 'react';
import { AdminPage } from '@/features/org/components/admin-page';
import { UnitPicker } from '@/features/org/components/unit-picker';
import { ReviewBoard } from '@/features/reflections/components/review-board';

export default function ReflectionReviewPage() {
  const [unitId, setUnitId] = useState<string | null>(null);
  return (
    <AdminPage title="心得审核" subtitle="所选单位及其下级单位提交的心得">
      {(scope) => {
        const chosen = unitId ?? scope.scope[0].unit._id;
        return (
          <>
            <UnitPicker label="单位" units={scope.scope} value={chosen} onChange={setUnitId} />
            <ReviewBoard key={chosen} unitId={chosen} canFeature={scope.me.isFederationAdmin} />
          </>
        );
      }}
    </AdminPage>
  );
}
