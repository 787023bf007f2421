export { ReviewBoard } from './review-board';
