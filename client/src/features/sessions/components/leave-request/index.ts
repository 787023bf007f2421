export { LeaveRequest } from './leave-request';
export type { LeaveRequestProps } from './leave-request';
