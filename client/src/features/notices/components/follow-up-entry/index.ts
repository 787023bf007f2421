export { FollowUpEntry } from './follow-up-entry';
