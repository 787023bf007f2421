export { ScopeGate } from './scope-gate';
export type { ScopeGateProps } from './scope-gate';
