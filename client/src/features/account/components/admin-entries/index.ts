export { AdminEntries } from './admin-entries';
export type { AdminEntriesProps } from './admin-entries';
