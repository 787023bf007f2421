import { Text, View } from '@tarojs/components';
import type { ScopeRow } from '../scope-picker';

export interface TargetTreeProps {
  rows: readonly ScopeRow[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
}

/** Units to send to, each with its whole subtree: a chosen unit's descendants show as already included. */
export function TargetTree({ rows, selected, onChange }: TargetTreeProps) {
  const toggle = (unitId: string) => {
    const next = new Set(selected);
    if (next.has(unitId)) next.delete(unitId);
    else next.add(unitId);
    onChange(next);
  };
  return (
    <View className="target-tree">
      {rows.map((row) => {
        const chosen = selected.has(row.unit._id);
        const included = !chosen && row.unit.path.some((id) => id !== row.unit._id && selected.has(id));
        const mark = chosen ? 'target-tree__box--on' : included ? 'target-tree__box--included' : '';
        return (
          <View
            key={row.unit._id}
            className="target-tree__row"
            style={{ paddingLeft: `${row.level * 1.2}em` }}
            onClick={() => (included ? undefined : toggle(row.unit._id))}
          >
            <Text className={`target-tree__box ${mark}`}>{chosen || included ? '✓' : ''}</Text>
            <Text
              className={included ? 'target-tree__name target-tree__name--included' : 'target-tree__name'}
            >
              {row.unit.name}
            </Text>
            {included ? <Text className="target-tree__note">已包含</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
