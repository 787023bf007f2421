import type { ReflectionCard, ReflectionView, SimilarityMark } from '../../../shared/reflections/reflection';
import { LISTED_STATUSES } from '../../../shared/reflections/status';
import { administers, type Authority } from '../../platform/authority';
import { db } from '../../platform/cloud';
import { readCounters } from '../../platform/counters';
import { DIRECTORY, type MemberRecord, type UnitRecord } from '../../platform/directory';
import { loadUnitsById, unitName } from '../../platform/directory-lookup';
import { iso } from '../../platform/directory-views';
import { rows } from '../../platform/query';
import { photoLinks } from './photos';
import { COLLECTIONS, likeCounter, likeId, type LikeRecord, type ReflectionRecord } from './records';

const EXCERPT_LENGTH = 80;
const DEPARTED = '（已离开的成员）';

/** Who is looking: their own reflections, and those in the units they administer, show more. */
export interface Viewer {
  memberId: string | null;
  authority: Authority;
}

export const viewerOf = (authority: Authority): Viewer => ({
  memberId: authority.member?._id ?? null,
  authority,
});

const isMine = (record: ReflectionRecord, viewer: Viewer) => record.memberId === viewer.memberId;
/** Reviewers see what is handed in within their scope, never someone's draft. */
const reviews = (record: ReflectionRecord, viewer: Viewer) =>
  record.status !== 'draft' && administers(viewer.authority, record.unitPath);

interface Context {
  names: Map<string, string>;
  units: Map<string, UnitRecord>;
  likes: Map<string, Record<string, number>>;
  liked: Set<string>;
  links: Map<string, string>;
}

const date = (value: Date | null) => (value ? iso(value) : null);

function excerptOf(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ')];
  return characters.length > EXCERPT_LENGTH
    ? `${characters.slice(0, EXCERPT_LENGTH).join('')}…`
    : characters.join('');
}

async function namesOf(memberIds: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(memberIds)];
  const names = new Map<string, string>();
  for (let start = 0; start < unique.length; start += 100) {
    const members = await rows<MemberRecord>(
      db
        .collection(DIRECTORY.members)
        .where({ _id: db.command.in(unique.slice(start, start + 100)) })
        .field({ name: true })
        .limit(100),
    );
    for (const member of members) names.set(member._id, member.name);
  }
  return names;
}

/** Everything a page of reflections needs besides the records, in a fixed number of reads. */
async function loadContext(
  records: ReflectionRecord[],
  viewer: Viewer,
  photos: 'cover' | 'all',
): Promise<Context> {
  const listed = records.filter((record) => LISTED_STATUSES.includes(record.status));
  const fileIds = records.flatMap((record) =>
    photos === 'all' ? record.photoFileIds : record.photoFileIds.slice(0, 1),
  );
  const [names, units, likes, liked, links] = await Promise.all([
    namesOf(records.map((record) => record.memberId)),
    loadUnitsById(records.map((record) => record.unitId)),
    readCounters(listed.map((record) => likeCounter(record).key)),
    viewer.memberId && listed.length
      ? rows<LikeRecord>(
          db
            .collection(COLLECTIONS.likes)
            .where({ _id: db.command.in(listed.map((record) => likeId(record._id, viewer.memberId!))) })
            .limit(100),
        )
      : Promise.resolve([]),
    photoLinks(fileIds),
  ]);
  return { names, units, likes, liked: new Set(liked.map((like) => like.reflectionId)), links };
}

function cardOf(record: ReflectionRecord, context: Context, viewer: Viewer): ReflectionCard {
  const cover = record.photoFileIds[0];
  const shownToWriterOrReviewer = isMine(record, viewer) || reviews(record, viewer);
  return {
    _id: record._id,
    noticeId: record.noticeId,
    noticeTitle: record.noticeTitle,
    title: record.title,
    excerpt: excerptOf(record.text),
    length: record.length,
    status: record.status,
    authorName: context.names.get(record.memberId) ?? DEPARTED,
    unitName: unitName(context.units, record.unitId),
    coverUrl: (cover && context.links.get(cover)) || null,
    photoCount: record.photoFileIds.length,
    createdAt: iso(record.createdAt),
    submittedAt: date(record.submittedAt),
    publishedAt: date(record.publishedAt),
    featuredAt: date(record.featuredAt),
    likes: context.likes.get(likeCounter(record).key)?.likes ?? 0,
    likedByMe: context.liked.has(record._id),
    returnReason: shownToWriterOrReviewer ? record.returnReason : null,
  };
}

export async function cardsOf(records: ReflectionRecord[], viewer: Viewer): Promise<ReflectionCard[]> {
  const context = await loadContext(records, viewer, 'cover');
  return records.map((record) => cardOf(record, context, viewer));
}

/**
 * Names what a reviewer's reflections resemble: the other reflection's author only when it lies in the
 * reviewer's own scope, otherwise just its unit.
 */
async function similarityMarks(
  records: ReflectionRecord[],
  viewer: Viewer,
): Promise<Map<string, SimilarityMark>> {
  const marks = new Map<string, SimilarityMark>();
  const suspected = records.filter((record) => record.resemblance?.suspected && reviews(record, viewer));
  if (suspected.length === 0) return marks;
  const otherIds = suspected
    .filter((record) => record.resemblance?.resembles === 'reflection')
    .map((record) => record.resemblance!.closest!.reflectionId);
  const others = otherIds.length
    ? await rows<ReflectionRecord>(
        db
          .collection(COLLECTIONS.reflections)
          .where({ _id: db.command.in([...new Set(otherIds)]) })
          .field({ memberId: true, unitId: true, unitPath: true })
          .limit(100),
      )
    : [];
  const byId = new Map(others.map((other) => [other._id, other]));
  const [names, units] = await Promise.all([
    namesOf(others.filter((other) => administers(viewer.authority, other.unitPath)).map((o) => o.memberId)),
    loadUnitsById(others.map((other) => other.unitId)),
  ]);
  for (const record of suspected) {
    const resemblance = record.resemblance!;
    const other =
      resemblance.resembles === 'reflection' ? byId.get(resemblance.closest!.reflectionId) : undefined;
    marks.set(record._id, {
      score: resemblance.score,
      resembles: resemblance.resembles === 'reflection' ? 'reflection' : 'notice',
      noticeOverlap: resemblance.noticeOverlap,
      reflection:
        resemblance.resembles === 'reflection'
          ? {
              reflectionId: resemblance.closest!.reflectionId,
              authorName: other ? (names.get(other.memberId) ?? null) : null,
              unitName: other ? unitName(units, other.unitId) : '（已删除）',
            }
          : null,
    });
  }
  return marks;
}

export async function viewsOf(records: ReflectionRecord[], viewer: Viewer): Promise<ReflectionView[]> {
  const [context, marks] = await Promise.all([
    loadContext(records, viewer, 'all'),
    similarityMarks(records, viewer),
  ]);
  return records.map((record) => {
    const mine = isMine(record, viewer);
    const reviewer = reviews(record, viewer);
    return {
      ...cardOf(record, context, viewer),
      text: record.text,
      sessionId: record.sessionId,
      photos: record.photoFileIds.flatMap((fileId) => {
        const url = context.links.get(fileId);
        return url ? [{ fileId, url }] : [];
      }),
      mine,
      contentHeld: (mine || reviewer) && record.contentHeld !== null,
      similarity: marks.get(record._id) ?? null,
    };
  });
}

export async function viewOf(record: ReflectionRecord, viewer: Viewer): Promise<ReflectionView> {
  const [view] = await viewsOf([record], viewer);
  return view;
}

/** Whether the viewer may read the reflection at all: its writer, its reviewers, or readers once listed. */
export function canRead(record: ReflectionRecord, viewer: Viewer): boolean {
  if (isMine(record, viewer) || reviews(record, viewer)) return true;
  if (record.status === 'featured') return true;
  return record.status === 'published' && viewer.authority.member?.unitId === record.unitId;
}
