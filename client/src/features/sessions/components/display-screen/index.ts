export { DisplayScreen } from './display-screen';
export type { DisplayScreenProps } from './display-screen';
