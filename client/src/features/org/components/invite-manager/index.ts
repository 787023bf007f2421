export { InviteManager } from './invite-manager';
export type { InviteManagerProps } from './invite-manager';
