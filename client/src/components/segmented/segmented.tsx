import { Text, View } from '@tarojs/components';
import './segmented.scss';

export interface SegmentedOption<T> {
  value: T;
  label: string;
}

export interface SegmentedProps<T> {
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A row of mutually exclusive choices, the selected one filled in the primary colour. */
export function Segmented<T extends string | number | boolean>({
  options,
  value,
  onChange,
}: SegmentedProps<T>) {
  return (
    <View className="segmented">
      {options.map((option) => (
        <Text
          key={String(option.value)}
          className={option.value === value ? 'segmented__item segmented__item--active' : 'segmented__item'}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </Text>
      ))}
    </View>
  );
}
