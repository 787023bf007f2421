export { ProfileForm } from './profile-form';
export type { ProfileFormProps } from './profile-form';
