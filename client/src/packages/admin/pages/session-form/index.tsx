import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NotifyOutcome } from '@shared/platform/notifications';
import type { SessionView } from '@shared/sessions/session';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { AdminPage } from '@/features/org/components/admin-page';
import { UnitPicker } from '@/features/org/components/unit-picker';
import type { UnitRow } from '@/features/org/lib/unit-tree';
import { getSession } from '@/features/sessions/api/get-session';
import { SessionForm } from '@/features/sessions/components/session-form';
import { NotifyOutcomeView } from '@/features/sessions/components/notify-outcome';

/** `?unitId=` creates, `?id=` edits, `?shiftOf=` adds a 班次 to a session. */
export default function SessionFormPage() {
  const params = Taro.getCurrentInstance().router?.params ?? {};
  if (params.id) return <Existing sessionId={params.id} mode="edit" />;
  if (params.shiftOf) return <Existing sessionId={params.shiftOf} mode="shift" />;
  return (
    <AdminPage title="发起学习活动" subtitle="本单位及下级单位的在册职工为应到人员">
      {(scope) => <NewSession units={scope.scope} initialUnitId={params.unitId} />}
    </AdminPage>
  );
}

const openSheet = (session: SessionView) =>
  void Taro.redirectTo({ url: `${ROUTES.adminSessionSheet}?id=${session._id}` });

function NewSession({ units, initialUnitId }: { units: UnitRow[]; initialUnitId?: string }) {
  const [unitId, setUnitId] = useState(
    units.some((row) => row.unit._id === initialUnitId) ? (initialUnitId as string) : units[0].unit._id,
  );
  return (
    <View>
      <UnitPicker label="组织单位" units={units} value={unitId} onChange={setUnitId} />
      <Card>
        <SessionForm unitId={unitId} onSaved={openSheet} />
      </Card>
    </View>
  );
}

function Existing({ sessionId, mode }: { sessionId: string; mode: 'edit' | 'shift' }) {
  const load = useCallback(() => getSession(sessionId), [sessionId]);
  const { loading, error, data, reload } = useCloudQuery(load);
  const [notified, setNotified] = useState<NotifyOutcome | null>(null);
  let body;
  if (loading && !data) body = <StateView kind="loading" />;
  else if (error || !data)
    body = (
      <Card>
        <StateView kind="error" title={error ?? '加载失败'} onAction={reload} />
      </Card>
    );
  else if (notified)
    body = (
      <Card title="已保存">
        <NotifyOutcomeView outcome={notified} />
      </Card>
    );
  else
    body = (
      <Card>
        {mode === 'edit' ? (
          <SessionForm
            unitId={data.session.unitId}
            editing={data}
            onSaved={(_session, outcome) => {
              if (outcome) setNotified(outcome);
              else void Taro.navigateBack();
            }}
          />
        ) : (
          <SessionForm unitId={data.session.unitId} shiftOf={data} onSaved={openSheet} />
        )}
      </Card>
    );
  return (
    <View className="page">
      <PageHeader
        title={mode === 'edit' ? '修改学习活动' : '增加班次'}
        subtitle={
          mode === 'edit'
            ? '修改时间或地点后会通知参加人员'
            : '分批参加的单位可设多个班次，职工参加任一班次即计为到会'
        }
      />
      {body}
    </View>
  );
}
