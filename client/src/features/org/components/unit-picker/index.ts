export { UnitPicker } from './unit-picker';
export type { UnitPickerProps } from './unit-picker';
