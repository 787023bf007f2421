import { Picker, Text, View } from '@tarojs/components';
import './scope-picker.scss';

/** A unit of the admin's scope in tree order, as the admin pages hand it over. */
export interface ScopeRow {
  unit: { _id: string; name: string; path: string[] };
  level: number;
}

export interface ScopePickerProps {
  rows: readonly ScopeRow[];
  value: string;
  onChange: (unitId: string) => void;
}

/** Which unit's subtree the figures are for; the list shows the nesting by indentation. */
export function ScopePicker({ rows, value, onChange }: ScopePickerProps) {
  const index = Math.max(
    0,
    rows.findIndex((row) => row.unit._id === value),
  );
  return (
    <Picker
      mode="selector"
      range={rows.map((row) => `${'\u3000'.repeat(row.level)}${row.unit.name}`)}
      value={index}
      onChange={(event) => {
        const row = rows[Number(event.detail.value)];
        if (row) onChange(row.unit._id);
      }}
    >
      <View className="scope-picker">
        <Text className="scope-picker__label">单位</Text>
        <Text className="scope-picker__value">{rows[index]?.unit.name ?? '请选择单位'}</Text>
        <Text className="scope-picker__arrow">切换 ▾</Text>
      </View>
    </Picker>
  );
}
