export { ReportBoard } from './report-board';
