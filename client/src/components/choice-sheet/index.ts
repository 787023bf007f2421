export { ChoiceSheet } from './choice-sheet';
export type { ChoiceSheetProps, SheetChoice } from './choice-sheet';
