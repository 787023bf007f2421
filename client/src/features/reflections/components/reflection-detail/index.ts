export { ReflectionDetail } from './reflection-detail';
