import * as z from 'zod/mini';
import { action, idSchema } from '../platform/schema';
import type { DigestResult, ReportReminderOutcome, ReportStatusBoard, ReportView } from './report';
import { draftReportText, returnCommentSchema, submittedReportText } from './text-rules';

const noticeId = idSchema('通知');
const unitId = idSchema('单位');

// Strict objects: figures (sessions, attendance, rates…) are the server's; a payload carrying any is refused.
export const reportsContract = {
  get: action<ReportView>()(z.strictObject({ noticeId, unitId })),
  save: action<ReportView>()(z.strictObject({ noticeId, unitId, ...draftReportText })),
  submit: action<ReportView>()(z.strictObject({ noticeId, unitId, ...submittedReportText })),
  returnForRevision: action<ReportView>()(
    z.strictObject({
      reportId: z
        .string({ error: '缺少报告' })
        .check(z.minLength(3, '缺少报告'), z.maxLength(130, '报告标识过长')),
      comment: returnCommentSchema,
    }),
  ),
  status: action<ReportStatusBoard>()(z.strictObject({ noticeId })),
  remindMissing: action<ReportReminderOutcome>()(z.strictObject({ noticeId })),
  digest: action<DigestResult>()(z.strictObject({ noticeId, unitId: z.optional(unitId) })),
} as const;
