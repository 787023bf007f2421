import { useMemo, useState } from 'react';
import { Button, View } from '@tarojs/components';
// The list first: its shared components' styles then load in the order the other admin pages load them.
import { MemberList } from './member-list';
import { RoleList } from './role-list';
import { FieldInput } from '@/components/text-field';
import type { AdminScope } from '../../api/admin-scope';
import { grantContext } from '../../lib/grant-options';
import { UnitPicker } from '../unit-picker';
import { useAdminChange } from './use-admin-change';
import './member-manager.scss';

export interface MemberManagerProps {
  scope: AdminScope;
  /** Reads the caller's roles and units again: a change may have taken some of them away. */
  reloadScope: () => void;
}

export function MemberManager({ scope, reloadScope }: MemberManagerProps) {
  const [chosenUnitId, setUnitId] = useState(scope.scope[0].unit._id);
  // After the caller lost the unit they were looking at, show the first one they still manage.
  const unitId = scope.scope.some((row) => row.unit._id === chosenUnitId)
    ? chosenUnitId
    : scope.scope[0].unit._id;
  const [draft, setDraft] = useState('');
  const [keyword, setKeyword] = useState('');
  const [version, setVersion] = useState(0);
  const change = useAdminChange(() => {
    setVersion((v) => v + 1);
    reloadScope();
  });
  const grantRules = useMemo(
    () =>
      grantContext(
        scope.units,
        scope.scope.map((row) => row.unit._id),
        scope.me.isFederationAdmin,
      ),
    [scope],
  );

  return (
    <View className="member-manager">
      <UnitPicker label="单位" units={scope.scope} value={unitId} onChange={setUnitId} />
      <View className="member-manager__search">
        <FieldInput
          className="member-manager__keyword"
          value={draft}
          maxlength={20}
          confirmType="search"
          placeholder="按姓名或工号搜索"
          onInput={setDraft}
          onConfirm={() => setKeyword(draft.trim())}
        />
        <Button
          className="btn btn--primary member-manager__go"
          hoverClass="btn--hover"
          onClick={() => setKeyword(draft.trim())}
        >
          搜索
        </Button>
      </View>
      <MemberList
        key={`${unitId}|${keyword}`}
        unitId={unitId}
        keyword={keyword}
        scope={scope}
        grantContext={grantRules}
        change={change}
        version={version}
      />
      <RoleList key={`${unitId}|${version}`} unitId={unitId} scope={scope} change={change} />
    </View>
  );
}
