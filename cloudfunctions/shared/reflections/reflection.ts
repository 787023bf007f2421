import type { ReflectionStatus } from './status';

export const TEXT_MIN = 50;
export const TEXT_MAX = 3_000;
export const TITLE_MAX = 40;
export const MAX_PHOTOS = 3;
export const RETURN_REASON_MAX = 200;

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
