export { MySessions } from './my-sessions';
export type { MySessionsProps } from './my-sessions';
