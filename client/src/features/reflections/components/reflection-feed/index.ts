export { ReflectionFeed } from './reflection-feed';
