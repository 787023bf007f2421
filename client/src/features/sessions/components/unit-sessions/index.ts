export { UnitSessions } from './unit-sessions';
export type { UnitSessionsProps } from './unit-sessions';
