import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { AdminPage } from '@/features/org/components/admin-page';
import { UnitPicker } from '@/features/org/components/unit-picker';
import type { UnitRow } from '@/features/org/lib/unit-tree';
import { UnitSessions } from '@/features/sessions/components/unit-sessions';

export default function SessionsPage() {
  const [version, setVersion] = useState(0);
  const shown = useRef(false);
  // Back from creating or changing a session: read the list again.
  useDidShow(() => {
    if (shown.current) setVersion((n) => n + 1);
    shown.current = true;
  });
  return (
    <AdminPage title="学习活动" subtitle="发起学习活动、现场签到、查看到会情况">
      {(scope) => <ForUnits units={scope.scope} version={version} />}
    </AdminPage>
  );
}

function ForUnits({ units, version }: { units: UnitRow[]; version: number }) {
  const [unitId, setUnitId] = useState(units[0].unit._id);
  return (
    <View>
      <UnitPicker label="单位" units={units} value={unitId} onChange={setUnitId} />
      <UnitSessions key={`${unitId}|${version}`} unitId={unitId} />
    </View>
  );
}
