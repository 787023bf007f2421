export { SimilarityNote } from './similarity-note';
