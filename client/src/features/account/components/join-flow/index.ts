export { JoinFlow } from './join-flow';
export type { JoinFlowProps } from './join-flow';
