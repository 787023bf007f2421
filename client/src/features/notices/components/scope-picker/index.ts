export { ScopePicker } from './scope-picker';
export type { ScopePickerProps, ScopeRow } from './scope-picker';
