export { ReadingStatusView } from './reading-status';
export type { ReadingStatusViewProps } from './reading-status';
