export { AttendanceSheet } from './attendance-sheet';
