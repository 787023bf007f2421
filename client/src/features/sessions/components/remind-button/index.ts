export { RemindButton } from './remind-button';
export type { RemindButtonProps } from './remind-button';
