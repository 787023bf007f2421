import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { InviteView } from '@shared/org/invite';
import { MEMBER_UNIT_MIN_DEPTH } from '@shared/org/unit';
import { Card } from '@/components/card';
import { SectionHead } from '@/components/section-head';
import { StateView } from '@/components/state-view';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import type { AdminScope } from '../../api/admin-scope';
import { listInvites } from '../../api/list-invites';
import { UnitPicker } from '../unit-picker';
import { InviteCreateForm } from './invite-create-form';
import { InviteItem } from './invite-item';
import './invite-manager.scss';

export interface InviteManagerProps {
  scope: AdminScope;
}

export function InviteManager({ scope }: InviteManagerProps) {
  const [unitId, setUnitId] = useState(scope.scope[0].unit._id);
  const depth = scope.scope.find((row) => row.unit._id === unitId)?.unit.depth ?? 0;
  const holdsMembers = depth >= MEMBER_UNIT_MIN_DEPTH;
  return (
    <View className="invite-manager">
      <UnitPicker label="单位" units={scope.scope} value={unitId} onChange={setUnitId} />
      <InvitePanel key={unitId} unitId={unitId} holdsMembers={holdsMembers} />
    </View>
  );
}

function InvitePanel({ unitId, holdsMembers }: { unitId: string; holdsMembers: boolean }) {
  const { loading, error, data, reload } = useCloudQuery(() => listInvites(unitId));
  const [newId, setNewId] = useState<string | null>(null);
  const [changed, setChanged] = useState<Record<string, InviteView>>({});

  const created = (invite: InviteView) => {
    setNewId(invite._id);
    reload();
  };
  const items = (data ?? []).map((invite) => changed[invite._id] ?? invite);

  return (
    <View>
      <Card title="生成邀请码" className="invite-manager__create">
        {holdsMembers ? (
          <InviteCreateForm unitId={unitId} onCreated={created} />
        ) : (
          <Text className="invite-manager__hint">
            这一级只设单位，职工不能直接加入。请在上方选择具体的单位，再生成邀请码；下方列出其下各单位的邀请码。
          </Text>
        )}
      </Card>
      <SectionHead title="邀请码列表" extra={data ? `共 ${data.length} 个` : undefined} />
      {loading && !data ? <StateView kind="loading" /> : null}
      {!loading && error ? (
        <Card>
          <StateView kind="error" title={error} onAction={reload} />
        </Card>
      ) : null}
      {!error && data && items.length === 0 ? (
        <Card>
          <StateView
            kind="empty"
            title="还没有邀请码"
            description="生成邀请码后发给职工，职工输入邀请码即可加入本单位"
          />
        </Card>
      ) : null}
      {!error
        ? items.map((invite) => (
            <InviteItem
              key={invite._id}
              invite={invite}
              isNew={invite._id === newId}
              onChanged={(updated) => setChanged((prev) => ({ ...prev, [updated._id]: updated }))}
            />
          ))
        : null}
    </View>
  );
}
