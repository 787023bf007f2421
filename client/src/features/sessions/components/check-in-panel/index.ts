export { CheckInPanel } from './check-in-panel';
export type { CheckInPanelProps } from './check-in-panel';
