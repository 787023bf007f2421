import * as z from 'zod/mini';
import { action, cursorPage, idSchema, noInput, type CursorPage } from '../platform/schema';
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  PHOTO_TYPES,
  type ExportResult,
  type LikeOutcome,
  type MyReflectionSummary,
  type ReflectionCard,
  type ReflectionDeadline,
  type ReflectionView,
  type SubmissionStatusPage,
  type SubmitOutcome,
  type UploadedPhoto,
} from './reflection';
import { draftTextSchema, returnReasonSchema, submittedTextSchema, titleSchema } from './text-rules';

/** Chosen on the phone when writing starts, so saving or submitting twice never makes two reflections. */
const draftKeySchema = z
  .string({ error: '缺少草稿标识' })
  .check(z.regex(/^[A-Za-z0-9_-]{8,40}$/, '草稿标识无效'));

const photoFileIdsSchema = z._default(
  z
    .array(z.string().check(z.minLength(1, '图片无效'), z.maxLength(300, '图片无效')))
    .check(z.maxLength(MAX_PHOTOS, `最多上传 ${MAX_PHOTOS} 张图片`)),
  [],
);

/** A China calendar day, YYYY-MM-DD, that exists. */
const chinaDaySchema = z.string({ error: '请选择日期' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  z.refine((day) => {
    const [year, month, date] = day.split('-').map(Number);
    const probe = new Date(Date.UTC(year, month - 1, date));
    return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === date;
  }, '日期不存在'),
);

const reflectionId = idSchema('心得');
const unitId = idSchema('单位');

/** Either the reflection being edited or, for a new one, the key the phone chose when writing began. */
const writing = {
  reflectionId: z.optional(reflectionId),
  draftKey: z.optional(draftKeySchema),
  noticeId: idSchema('通知'),
  sessionId: z.optional(idSchema('学习活动')),
  title: z._default(titleSchema, ''),
  photoFileIds: photoFileIdsSchema,
};

// Base64 of the largest photo allowed, with room for padding.
const MAX_PHOTO_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 4;

export const reflectionsContract = {
  saveDraft: action<ReflectionView>()(z.strictObject({ ...writing, text: z._default(draftTextSchema, '') })),
  submit: action<SubmitOutcome>()(z.strictObject({ ...writing, text: submittedTextSchema })),
  withdraw: action<ReflectionView>()(z.strictObject({ reflectionId })),
  get: action<ReflectionView>()(z.strictObject({ reflectionId })),
  listMine: action<CursorPage<ReflectionCard>>()(z.strictObject({ ...cursorPage })),
  listForReview: action<CursorPage<ReflectionView>>()(
    z.strictObject({
      unitId,
      status: z._default(
        z.enum(['submitted', 'returned', 'published', 'featured'], {
          error: '状态应为待审核、已退回、已发布或精选',
        }),
        'submitted',
      ),
      ...cursorPage,
    }),
  ),
  review: action<ReflectionView>()(
    z.strictObject({
      reflectionId,
      decision: z.enum(['publish', 'return'], { error: '审核结果应为发布或退回' }),
      reason: z.optional(returnReasonSchema),
    }),
  ),
  feature: action<ReflectionView>()(z.strictObject({ reflectionId })),
  feed: action<CursorPage<ReflectionCard>>()(
    z.strictObject({
      scope: z.enum(['unit', 'city'], { error: '范围应为本单位或全市' }),
      ...cursorPage,
    }),
  ),
  like: action<LikeOutcome>()(z.strictObject({ reflectionId })),
  export: action<ExportResult>()(z.strictObject({ unitId, from: chinaDaySchema, to: chinaDaySchema })),
  uploadPhoto: action<UploadedPhoto>()(
    z.strictObject({
      contentType: z.enum(PHOTO_TYPES, { error: '只支持 JPG 或 PNG 图片' }),
      contentBase64: z
        .string({ error: '缺少图片内容' })
        .check(
          z.minLength(1, '图片是空的'),
          z.maxLength(MAX_PHOTO_BASE64, `压缩后的图片不能超过 ${MAX_PHOTO_BYTES / 1024} KB`),
        ),
    }),
  ),
  setDeadline: action<ReflectionDeadline>()(
    z.strictObject({ noticeId: idSchema('通知'), deadline: z.nullable(chinaDaySchema) }),
  ),
  submissionStatus: action<SubmissionStatusPage>()(
    z.strictObject({ noticeId: idSchema('通知'), unitId, ...cursorPage }),
  ),
  mySummary: action<MyReflectionSummary>()(noInput),
} as const;
