export { UnitDashboard } from './unit-dashboard';
export type { UnitDashboardProps } from './unit-dashboard';
