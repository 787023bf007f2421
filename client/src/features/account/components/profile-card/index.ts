export { ProfileCard } from './profile-card';
export type { ProfileCardProps } from './profile-card';
