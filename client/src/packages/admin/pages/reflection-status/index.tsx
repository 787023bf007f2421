import { useState } from 'react';
import { AdminPage } from '@/features/org/components/admin-page';
import { UnitPicker } from '@/features/org/components/unit-picker';
import { SubmissionBoard } from '@/features/reflections/components/submission-board';

export default function ReflectionStatusPage() {
  const [unitId, setUnitId] = useState<string | null>(null);
  return (
    <AdminPage title="提交情况与导出" subtitle="绿：按时提交　黄：逾期提交　红：未提交">
      {(scope) => {
        const chosen = scope.scope.find((row) => row.unit._id === unitId) ?? scope.scope[0];
        return (
          <>
            <UnitPicker label="单位" units={scope.scope} value={chosen.unit._id} onChange={setUnitId} />
            <SubmissionBoard
              key={chosen.unit._id}
              unitId={chosen.unit._id}
              unitName={chosen.unit.name}
              canSetDeadline={scope.me.isFederationAdmin}
            />
          </>
        );
      }}
    </AdminPage>
  );
}
