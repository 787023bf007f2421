export { SubmissionBoard } from './submission-board';
