import * as z from 'zod/mini';
import { unitIdSchema } from '../org/unit';
import { action, cursorPage, idSchema, type CursorPage } from '../platform/schema';
import { textSchema, type TextRules } from '../platform/text';
import type { NoticeDocument, ParseProblem } from './document';
import {
  MAX_RECORD_SECONDS,
  type ManagedNotice,
  type NoticeSummary,
  type NoticeView,
  type ReadingState,
  type ReadingStatus,
  type ReminderOutcome,
} from './notice';

const noticeId = idSchema('通知');

/** The whole text as pasted; the parser takes it apart and says what is wrong on which line. */
export const NOTICE_TEXT_RULES: TextRules = { label: '通知正文', min: 20, max: 30_000, multiline: true };
export const noticeTextSchema = textSchema(NOTICE_TEXT_RULES);

export const issuerSchema = textSchema({ label: '发文单位', min: 2, max: 40, name: true });

const isCalendarDate = (value: string) => {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** A China calendar date, YYYY-MM-DD. */
export const reportDeadlineSchema = z
  .string({ error: '报送截止日期格式应为 YYYY-MM-DD' })
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, '报送截止日期格式应为 YYYY-MM-DD'),
    z.refine(isCalendarDate, '报送截止日期不是有效的日期'),
  );

export const publishSchema = z.strictObject({
  text: noticeTextSchema,
  issuer: issuerSchema,
  targetUnitIds: z
    .array(unitIdSchema, { error: '请选择发送范围' })
    .check(z.minLength(1, '请至少选择一个发送单位'), z.maxLength(200, '一次最多选择 200 个单位')),
  reportDeadline: z.optional(reportDeadlineSchema),
});
export type PublishInput = z.infer<typeof publishSchema>;

export interface NoticePreview {
  document: NoticeDocument;
  problems: ParseProblem[];
  /** WeChat's content check found wording that must be changed before it is shown to everyone. */
  contentRejected: boolean;
}

export const noticesContract = {
  list: action<CursorPage<NoticeSummary>>()(z.strictObject({ ...cursorPage })),
  get: action<NoticeView>()(z.strictObject({ noticeId })),
  recordReading: action<{ recorded: true }>()(
    z.strictObject({
      noticeId,
      progress: z.number({ error: '阅读进度应为 0 到 1 之间的数' }).check(z.gte(0), z.lte(1)),
      activeSeconds: z.number().check(z.int(), z.gte(0), z.lte(MAX_RECORD_SECONDS)),
      /** Chosen by the reader for each record and sent again on a retry, so a retry counts once. */
      recordId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/, '记录标识无效')),
    }),
  ),
  confirmRead: action<ReadingState>()(z.strictObject({ noticeId })),
  readingStatus: action<ReadingStatus>()(
    z.strictObject({ noticeId, unitId: unitIdSchema, cursor: cursorPage.cursor }),
  ),
  remindUnread: action<ReminderOutcome>()(z.strictObject({ noticeId, unitId: unitIdSchema })),
  listForUnit: action<CursorPage<ManagedNotice>>()(z.strictObject({ unitId: unitIdSchema, ...cursorPage })),
  preview: action<NoticePreview>()(z.strictObject({ text: noticeTextSchema })),
  publish: action<ManagedNotice>()(publishSchema),
  archive: action<ManagedNotice>()(z.strictObject({ noticeId })),
} as const;
