export { AlreadyMember } from './already-member';
export type { AlreadyMemberProps } from './already-member';
