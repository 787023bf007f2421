export { SessionCard } from './session-card';
export type { SessionCardProps } from './session-card';
