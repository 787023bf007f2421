export { DigestCard, type DigestCardProps } from './digest-card';
