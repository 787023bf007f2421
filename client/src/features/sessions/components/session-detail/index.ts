export { SessionDetail } from './session-detail';
export type { SessionDetailProps } from './session-detail';
