import * as z from 'zod/mini';
import { textSchema } from '../platform/text';
import type { ReflectionStatus } from './status';

export const TEXT_MIN = 50;
export const TEXT_MAX = 3_000;
export const TITLE_MAX = 40;
export const MAX_PHOTOS = 3;
export const RETURN_REASON_MAX = 200;

export const titleSchema = textSchema({ label: '标题', min: 0, max: TITLE_MAX });
/** What is submitted: 50 to 3,000 characters as a person counts them. */
export const submittedTextSchema = textSchema({
  label: '心得正文',
  min: TEXT_MIN,
  max: TEXT_MAX,
  multiline: true,
});
/** A draft may be anything up to the maximum, even empty. */
export const draftTextSchema = textSchema({ label: '心得正文', min: 0, max: TEXT_MAX, multiline: true });
export const returnReasonSchema = textSchema({
  label: '退回原因',
  min: 2,
  max: RETURN_REASON_MAX,
  multiline: true,
});

/** Chosen on the phone when writing starts, so saving or submitting twice never makes two reflections. */
export const draftKeySchema = z
  .string({ error: '缺少草稿标识' })
  .check(z.regex(/^[A-Za-z0-9_-]{8,40}$/, '草稿标识无效'));

export const photoFileIdsSchema = z._default(
  z
    .array(z.string().check(z.minLength(1, '图片无效'), z.maxLength(300, '图片无效')))
    .check(z.maxLength(MAX_PHOTOS, `最多上传 ${MAX_PHOTOS} 张图片`)),
  [],
);

/** A China calendar day, YYYY-MM-DD, that exists. */
export const chinaDaySchema = z.string({ error: '请选择日期' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD'),
  z.refine((day) => {
    const [year, month, date] = day.split('-').map(Number);
    const probe = new Date(Date.UTC(year, month - 1, date));
    return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === date;
  }, '日期不存在'),
);

/** Photos are compressed on the phone before upload; this is the most one may weigh afterwards. */
export const MAX_PHOTO_BYTES = 700 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export interface ReflectionPhoto {
  fileId: string;
  /** A temporary link (about two hours). */
  url: string;
}

/** Why a reviewer should look twice: the formalism check's finding, shown only to reviewers. */
export interface SimilarityMark {
  /** 0–1, shown as a percentage. */
  score: number;
  resembles: 'notice' | 'reflection';
  noticeOverlap: number;
  /** The reflection it resembles: named when it lies in the reviewer's scope, otherwise only its unit. */
  reflection: { reflectionId: string; authorName: string | null; unitName: string } | null;
}

/** A reflection in a list: enough for a card, not the whole text. */
export interface ReflectionCard {
  _id: string;
  noticeId: string;
  noticeTitle: string;
  title: string;
  excerpt: string;
  /** Characters as a person counts them. */
  length: number;
  status: ReflectionStatus;
  authorName: string;
  unitName: string;
  coverUrl: string | null;
  photoCount: number;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  featuredAt: string | null;
  likes: number;
  likedByMe: boolean;
  /** Shown to the writer and reviewers only. */
  returnReason: string | null;
}

/** A whole reflection, as its writer, a reviewer or a reader may see it. */
export interface ReflectionView extends ReflectionCard {
  text: string;
  sessionId: string | null;
  photos: ReflectionPhoto[];
  mine: boolean;
  /** WeChat's content check asked for a person to look (suggest = review); writer and reviewers see it. */
  contentHeld: boolean;
  /** Reviewers only; null for others and for texts that resemble nothing. */
  similarity: SimilarityMark | null;
}

export interface SubmitOutcome {
  reflection: ReflectionView;
  /** The content check held it for a person to look at before it can be published. */
  held: boolean;
}

export interface LikeOutcome {
  likes: number;
  likedByMe: true;
}

export interface ExportResult {
  url: string;
  fileName: string;
  count: number;
  expiresAt: string;
}

export interface UploadedPhoto {
  fileId: string;
  url: string;
  bytes: number;
}

export interface ReflectionDeadline {
  noticeId: string;
  /** The last China day on which a reflection counts as on time, or null for no deadline. */
  deadline: string | null;
}

/** 绿 on time, 黄 late, 红 nothing handed in. */
export type SubmissionLight = 'green' | 'yellow' | 'red';

export const LIGHT_LABELS: Record<SubmissionLight, string> = {
  green: '按时提交',
  yellow: '逾期提交',
  red: '未提交',
};

export interface SubmissionRow {
  memberId: string;
  name: string;
  unitName: string;
  light: SubmissionLight;
  submittedAt: string | null;
}

export interface SubmissionStatusPage {
  noticeId: string;
  noticeTitle: string;
  deadline: string | null;
  /** Present on the first page only. */
  summary: { members: number; handedIn: number; late: number; missing: number } | null;
  items: SubmissionRow[];
  nextCursor: string | null;
}

/** The study record's own figures, China calendar year. */
export interface MyReflectionSummary {
  year: number;
  handedIn: number;
  published: number;
  featured: number;
}
