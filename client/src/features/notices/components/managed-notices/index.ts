export { ManagedNotices } from './managed-notices';
export type { ManagedNoticesProps } from './managed-notices';
