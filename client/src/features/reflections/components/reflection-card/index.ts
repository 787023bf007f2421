export { ReflectionCard } from './reflection-card';
