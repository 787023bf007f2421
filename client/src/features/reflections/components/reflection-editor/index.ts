export { ReflectionEditor } from './reflection-editor';
