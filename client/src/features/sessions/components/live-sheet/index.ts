export { LiveSheet } from './live-sheet';
export type { LiveSheetProps } from './live-sheet';
