import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { LoadMore } from '@/components/load-more';
import { PagedListStatus } from '@/components/paged-list-status';
import { SectionHead } from '@/components/section-head';
import { FieldInput } from '@/components/text-field';
import { usePagedQuery } from '@/hooks/use-paged-query';
import type { AdminScope } from '../../api/admin-scope';
import { listMembers } from '../../api/list-members';
import { UnitPicker } from '../unit-picker';
import { MemberItem } from './member-item';
import { RoleList } from './role-list';
import './member-manager.scss';

export interface MemberManagerProps {
  scope: AdminScope;
}

export function MemberManager({ scope }: MemberManagerProps) {
  const [unitId, setUnitId] = useState(scope.scope[0].unit._id);
  const [draft, setDraft] = useState('');
  const [keyword, setKeyword] = useState('');
  const [rolesVersion, setRolesVersion] = useState(0);
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
        onRolesChanged={() => setRolesVersion((v) => v + 1)}
      />
      <RoleList key={`${unitId}|${rolesVersion}`} unitId={unitId} />
    </View>
  );
}

interface MemberListProps {
  unitId: string;
  keyword: string;
  scope: AdminScope;
  onRolesChanged: () => void;
}

function MemberList({ unitId, keyword, scope, onRolesChanged }: MemberListProps) {
  const list = usePagedQuery((offset) => listMembers(unitId, keyword, offset));
  return (
    <View>
      <SectionHead
        title="成员"
        extra={
          !list.loading && !list.error
            ? `${keyword ? `“${keyword}” ` : ''}共 ${list.total} 人（含下级单位）`
            : undefined
        }
      />
      <PagedListStatus
        list={list}
        emptyTitle={keyword ? '没有找到匹配的成员' : '本单位还没有成员'}
        emptyDescription={keyword ? '换个姓名或工号试试' : '在“邀请码”页面生成邀请码，发给职工加入'}
      />
      {!list.loading && list.items.length > 0 ? (
        <Card className="card--list">
          {list.items.map((member) => (
            <MemberItem
              key={member._id}
              member={member}
              scope={scope}
              onMoved={(moved) => {
                // Moved out of the listed subtree: drop it; otherwise show the new unit.
                const stillHere = scope.units.find((u) => u._id === moved.unitId)?.path.includes(unitId);
                list.update(
                  (items) =>
                    stillHere
                      ? items.map((m) => (m._id === moved._id ? moved : m))
                      : items.filter((m) => m._id !== moved._id),
                  stillHere ? 0 : -1,
                );
              }}
              onRemoved={(id) => list.update((items) => items.filter((m) => m._id !== id), -1)}
              onRoleGranted={onRolesChanged}
            />
          ))}
        </Card>
      ) : null}
      <LoadMore list={list} />
    </View>
  );
}
