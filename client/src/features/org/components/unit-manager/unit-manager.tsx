import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Unit } from '@shared/org/unit';
import { Card } from '@/components/card';
import type { AdminScope } from '../../api/admin-scope';
import { buildUnitTree, flattenUnitTree } from '../../lib/unit-tree';
import { UnitForm } from './unit-form';
import { UnitImport } from './unit-import';
import './unit-manager.scss';

export interface UnitManagerProps {
  scope: AdminScope;
  reload: () => void;
}

type Editing = { mode: 'create' | 'edit'; unitId: string } | null;

export function UnitManager({ scope, reload }: UnitManagerProps) {
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Editing>(null);
  const tree = useMemo(() => buildUnitTree<Unit>(scope.scope.map((row) => row.unit)), [scope]);
  const rows = flattenUnitTree<Unit>(tree, collapsed);
  const hasChildren = useMemo(() => new Set(scope.scope.map((row) => row.unit.parentId)), [scope]);

  const toggle = (unitId: string) =>
    setCollapsed((prev) => {
      const next = new Set(prev);
      if (next.has(unitId)) next.delete(unitId);
      else next.add(unitId);
      return next;
    });

  return (
    <View className="unit-manager">
      <Card title="单位架构" extra={`共 ${scope.scope.length} 个单位`} className="unit-manager__tree">
        {rows.map(({ unit, level }) => (
          <View key={unit._id} className="unit-row">
            <View className="unit-row__main" style={{ paddingLeft: `${level * 28}px` }}>
              <Text
                className={
                  hasChildren.has(unit._id) ? 'unit-row__toggle' : 'unit-row__toggle unit-row__toggle--leaf'
                }
                onClick={() => hasChildren.has(unit._id) && toggle(unit._id)}
              >
                {hasChildren.has(unit._id) ? (collapsed.has(unit._id) ? '▸' : '▾') : '·'}
              </Text>
              <View className="unit-row__text">
                <Text className="unit-row__name">{unit.name}</Text>
                <Text className="unit-row__code">{unit.code ? `编码 ${unit.code}` : '未设编码'}</Text>
              </View>
              <View className="unit-row__actions">
                <Text
                  className="unit-row__action"
                  onClick={() => setEditing({ mode: 'create', unitId: unit._id })}
                >
                  新建下级
                </Text>
                <Text
                  className="unit-row__action"
                  onClick={() => setEditing({ mode: 'edit', unitId: unit._id })}
                >
                  修改
                </Text>
              </View>
            </View>
            {editing && editing.unitId === unit._id ? (
              <UnitForm
                mode={editing.mode}
                unit={unit}
                onCancel={() => setEditing(null)}
                onDone={() => {
                  setEditing(null);
                  reload();
                }}
              />
            ) : null}
          </View>
        ))}
      </Card>
      {scope.me.isFederationAdmin ? (
        <Card title="导入单位" extra="仅市总工会管理员">
          <UnitImport onImported={reload} />
        </Card>
      ) : null}
    </View>
  );
}
