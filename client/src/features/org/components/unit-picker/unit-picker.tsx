import type { ReactNode } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { indentedName, type UnitRow } from '../../lib/unit-tree';
import './unit-picker.scss';

export interface UnitPickerProps {
  units: UnitRow[];
  value?: string;
  onChange: (unitId: string) => void;
  /** Shown on the left of the field; omit to use `children` as the trigger. */
  label?: string;
  children?: ReactNode;
}

/** Picks one unit of the admin's scope; the list shows the nesting by indentation. */
export function UnitPicker({ units, value, onChange, label, children }: UnitPickerProps) {
  const index = Math.max(
    0,
    units.findIndex((row) => row.unit._id === value),
  );
  const range = units.map(indentedName);
  return (
    <Picker
      mode="selector"
      range={range}
      value={index}
      onChange={(e) => {
        const row = units[Number(e.detail.value)];
        if (row) onChange(row.unit._id);
      }}
    >
      {children ?? (
        <View className="unit-picker">
          {label ? <Text className="unit-picker__label">{label}</Text> : null}
          <Text className="unit-picker__value">{units[index]?.unit.name ?? '请选择单位'}</Text>
          <Text className="unit-picker__arrow">切换 ▾</Text>
        </View>
      )}
    </Picker>
  );
}
