export { NoticeReader } from './notice-reader';
export type { NoticeReaderProps } from './notice-reader';
