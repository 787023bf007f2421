export { FollowUpEntry } from './follow-up-entry';
export type { FollowUpEntryProps } from './follow-up-entry';
