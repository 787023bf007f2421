import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { countCharacters } from '../../../shared/platform/text';
import type { Resemblance, TextSketch } from '../../../shared/reflections/similarity';
import { next, refusal } from '../../../shared/reflections/status';
import type { Caller } from '../../platform/caller';
import { db } from '../../platform/cloud';
import { checkContent } from '../../platform/content-check';
import type { MemberRecord } from '../../platform/directory';
import { rows } from '../../platform/query';
import { rateLimiter } from '../../platform/rate-limit';
import { atomically, readInTransaction } from '../../platform/transaction';
import { trackHandedIn } from './handed-in';
import { WRITE_LIMIT } from './limits';
import { assertSessionFits, noticeById, type NoticeText } from './lookup';
import { assertOwnPhotos } from './photos';
import { COLLECTIONS, type ReflectionRecord, type SketchRecord } from './records';
import { assessText, noticeShingles } from './resemblance';

type WritingInput = ParsedInput<'reflections', 'saveDraft'> | ParsedInput<'reflections', 'submit'>;

/** A new reflection's id follows from its writer and the key the phone chose: a retried save finds it. */
export const reflectionIdFor = (memberId: string, draftKey: string) =>
  `reflection-${createHash('sha256').update(`${memberId}:${draftKey}`).digest('hex').slice(0, 24)}`;

/** WeChat's labels, in the words the writer is told. */
const CONTENT_LABELS: Record<number, string> = {
  10001: '广告营销',
  20001: '时政敏感',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '侵犯版权',
};

export function contentRejection(label: number): AppError {
  const why = CONTENT_LABELS[label] ? `疑似含有${CONTENT_LABELS[label]}内容` : '含有不适宜发布的内容';
  return new AppError(
    'CONTENT_REJECTED',
    `心得未通过微信内容安全检测（${why}），没有提交。请修改相关文字后再提交，手机上的草稿仍然保留。`,
    { label },
  );
}

/**
 * The same submission again, already stored: a phone retrying after its answer was lost (a dropped
 * connection, a crash of the database host) or a double tap. It is answered with the stored reflection.
 */
function isRepeatedSubmission(record: ReflectionRecord | null, input: WritingInput): boolean {
  return (
    record !== null &&
    record.status === 'submitted' &&
    record.noticeId === input.noticeId &&
    record.text === input.text &&
    record.title === input.title &&
    record.photoFileIds.join('\n') === input.photoFileIds.join('\n')
  );
}

interface Checked {
  contentHeld: { label: number } | null;
  sketch: TextSketch;
  resemblance: Resemblance;
}

/** Content check first (risky text is never stored), then the formalism check against notice and peers. */
async function checkSubmission(
  caller: Caller,
  id: string,
  input: WritingInput,
  loadNotice: () => Promise<NoticeText>,
): Promise<Checked> {
  const verdict = await checkContent(caller.openid, [input.title, input.text].filter(Boolean).join('\n'), 2);
  if (verdict.suggest === 'risky') throw contentRejection(verdict.label);
  const shingles = await noticeShingles(input.noticeId, loadNotice);
  const { sketch, resemblance } = await assessText(id, input.noticeId, input.text, shingles);
  return { contentHeld: verdict.suggest === 'review' ? { label: verdict.label } : null, sketch, resemblance };
}

/**
 * Saves a draft or submits: the writer's own reflection only, in a state that allows it, with their own
 * photos. A submission is stored together with its sketch and the handed-in count, or not at all.
 */
export async function writeReflection(
  move: 'saveDraft' | 'submit',
  input: WritingInput,
  caller: Caller,
): Promise<ReflectionRecord> {
  const member = (await caller.authority()).member as MemberRecord;
  await rateLimiter.take(WRITE_LIMIT, member._id);
  const id = input.reflectionId ?? (input.draftKey ? reflectionIdFor(member._id, input.draftKey) : null);
  if (!id) throw new AppError('INVALID_INPUT', '缺少草稿标识，请重新打开写心得页面');
  const [existing = null] = await rows<ReflectionRecord>(
    db.collection(COLLECTIONS.reflections).where({ _id: id }).limit(1),
  );
  if ((existing && existing.memberId !== member._id) || (!existing && input.reflectionId)) {
    throw new AppError('NOT_FOUND', '心得不存在或已被删除');
  }
  if (existing && existing.noticeId !== input.noticeId) {
    throw new AppError('INVALID_INPUT', '心得所属的通知不能更改');
  }
  if (move === 'submit' && isRepeatedSubmission(existing, input)) return existing as ReflectionRecord;
  if (!next(existing?.status ?? null, move)) {
    throw new AppError('REFLECTION_STATE', refusal(existing?.status ?? null, move));
  }
  await assertOwnPhotos(input.photoFileIds, member._id);
  if (input.sessionId && input.sessionId !== existing?.sessionId) {
    await assertSessionFits(input.sessionId, input.noticeId, member);
  }
  let notice: Promise<NoticeText> | null = null;
  const loadNotice = () => (notice ??= noticeById(input.noticeId));
  const noticeTitle = existing?.noticeTitle ?? (await loadNotice()).title;
  const checked = move === 'submit' ? await checkSubmission(caller, id, input, loadNotice) : null;

  const now = new Date();
  return atomically(async (transaction) => {
    const current = await readInTransaction<ReflectionRecord>(transaction, COLLECTIONS.reflections, id);
    if (current && current.memberId !== member._id) throw new AppError('NOT_FOUND', '心得不存在或已被删除');
    if (move === 'submit' && isRepeatedSubmission(current, input)) return current as ReflectionRecord;
    const status = next(current?.status ?? null, move);
    if (!status) throw new AppError('REFLECTION_STATE', refusal(current?.status ?? null, move));
    const record: ReflectionRecord = {
      _id: id,
      memberId: member._id,
      unitId: member.unitId,
      unitPath: member.unitPath,
      noticeId: input.noticeId,
      noticeTitle,
      sessionId: input.sessionId ?? current?.sessionId ?? null,
      title: input.title,
      text: input.text,
      length: countCharacters(input.text),
      photoFileIds: input.photoFileIds,
      status,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
      submittedAt: checked ? now : (current?.submittedAt ?? null),
      firstSubmittedAt: current?.firstSubmittedAt ?? (checked ? now : null),
      reviewedAt: current?.reviewedAt ?? null,
      publishedAt: null,
      featuredAt: null,
      // A returned reflection keeps its reason in view while the writer revises it.
      returnReason: current?.returnReason ?? null,
      contentHeld: checked?.contentHeld ?? null,
      resemblance: checked?.resemblance ?? null,
    };
    const { _id, ...stored } = record;
    await transaction.collection(COLLECTIONS.reflections).doc(_id).set({ data: stored });
    if (checked) {
      const sketch: Omit<SketchRecord, '_id'> = {
        noticeId: record.noticeId,
        memberId: record.memberId,
        unitId: record.unitId,
        signature: checked.sketch.signature,
        bands: checked.sketch.bands,
        noticeOverlap: checked.sketch.noticeOverlap,
        submittedAt: now,
      };
      await transaction.collection(COLLECTIONS.sketches).doc(_id).set({ data: sketch });
    }
    await trackHandedIn(transaction, record, current?.status ?? null, status, now);
    return record;
  });
}
