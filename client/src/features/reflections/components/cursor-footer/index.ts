export { CursorFooter, CursorListStatus } from './cursor-footer';
