import { REFLECTION_COLLECTIONS } from '../../../shared/reflections/collections';
import type { PhotoType } from '../../../shared/reflections/reflection';
import type { Resemblance } from '../../../shared/reflections/similarity';
import type { ReflectionStatus } from '../../../shared/reflections/status';

export const COLLECTIONS = REFLECTION_COLLECTIONS;

export interface ReflectionRecord {
  _id: string;
  memberId: string;
  /** The writer's unit when last saved: who reviews it and whose feed lists it. */
  unitId: string;
  unitPath: string[];
  noticeId: string;
  noticeTitle: string;
  sessionId: string | null;
  title: string;
  text: string;
  /** Characters as a person counts them. */
  length: number;
  photoFileIds: string[];
  status: ReflectionStatus;
  createdAt: Date;
  updatedAt: Date;
  /** The latest submission. */
  submittedAt: Date | null;
  firstSubmittedAt: Date | null;
  reviewedAt: Date | null;
  publishedAt: Date | null;
  featuredAt: Date | null;
  returnReason: string | null;
  /** WeChat's verdict when it was not a plain pass (review: held for a person to look). */
  contentHeld: { label: number } | null;
  resemblance: Resemblance | null;
}

/** What later submissions compare against: kept only while the reflection is handed in. */
export interface SketchRecord {
  _id: string;
  noticeId: string;
  memberId: string;
  unitId: string;
  signature: number[] | null;
  bands: string[];
  noticeOverlap: number;
  submittedAt: Date;
}

/** The notice's shingles, computed the first time a reflection on it is submitted. */
export interface NoticeSketchRecord {
  _id: string;
  shingles: number[];
  computedAt: Date;
}

export interface PhotoRecord {
  _id: string;
  fileId: string;
  memberId: string;
  contentType: PhotoType;
  bytes: number;
  uploadedAt: Date;
}

export interface LikeRecord {
  _id: string;
  reflectionId: string;
  memberId: string;
  at: Date;
}

/** Per notice and member: how many reflections are handed in, and since when, for the deadline lights. */
export interface SubmissionRecord {
  _id: string;
  noticeId: string;
  memberId: string;
  unitId: string;
  unitPath: string[];
  handedIn: number;
  /** When the count last went from none to one. */
  handedInAt: Date | null;
}

export interface DeadlineRecord {
  _id: string;
  deadline: string | null;
  setAt: Date;
}

export const likeId = (reflectionId: string, memberId: string) => `${reflectionId}:${memberId}`;
export const submissionId = (noticeId: string, memberId: string) => `${noticeId}:${memberId}`;
export const likeCounter = (reflection: Pick<ReflectionRecord, '_id' | 'unitId'>) => ({
  key: `reflection-likes:${reflection._id}`,
  attributes: { reflectionId: reflection._id, unitId: reflection.unitId },
  // A featured reflection is liked across the city at once: spread the count.
  shards: 4,
});
