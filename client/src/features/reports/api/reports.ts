import { callFunction } from '@/lib/cloud';

export interface ReportText {
  measures: string;
  highlights: string;
  problems: string;
}

export const fetchReport = (noticeId: string, unitId: string) =>
  callFunction('reports', 'get', { noticeId, unitId });

/** Only the text: figures are the server's and the function refuses any sent along. */
export const saveReport = (noticeId: string, unitId: string, text: ReportText) =>
  callFunction('reports', 'save', { noticeId, unitId, ...text });

export const submitReport = (noticeId: string, unitId: string, text: ReportText) =>
  callFunction('reports', 'submit', { noticeId, unitId, ...text });

export const returnReport = (reportId: string, comment: string) =>
  callFunction('reports', 'returnForRevision', { reportId, comment });

export const fetchReportBoard = (noticeId: string) => callFunction('reports', 'status', { noticeId });

export const remindMissingReports = (noticeId: string) =>
  callFunction('reports', 'remindMissing', { noticeId });

export const makeDigest = (noticeId: string, unitId?: string) =>
  callFunction('reports', 'digest', unitId ? { noticeId, unitId } : { noticeId });
