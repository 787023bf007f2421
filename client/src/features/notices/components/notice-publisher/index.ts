export { NoticePublisher } from './notice-publisher';
export type { NoticePublisherProps } from './notice-publisher';
