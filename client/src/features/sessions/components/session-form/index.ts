export { SessionForm } from './session-form';
export type { SessionFormProps } from './session-form';
