export { SectionHead } from './section-head';
export type { SectionHeadProps } from './section-head';
