export { UnitManager } from './unit-manager';
export type { UnitManagerProps } from './unit-manager';
