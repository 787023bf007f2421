export { NoticeArticle } from './notice-article';
export type { NoticeArticleProps } from './notice-article';
