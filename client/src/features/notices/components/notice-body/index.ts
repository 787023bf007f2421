export { NoticeBody } from './notice-body';
export type { NoticeBodyProps } from './notice-body';
