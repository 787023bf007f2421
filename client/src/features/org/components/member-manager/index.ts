export { MemberManager } from './member-manager';
export type { MemberManagerProps } from './member-manager';
