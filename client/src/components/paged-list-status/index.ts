export { PagedListStatus } from './paged-list-status';
export type { PagedListStatusProps } from './paged-list-status';
