export { StudyRecord } from './study-record';
