import { AppError } from '../../../shared/errors';
import { SESSION_COLLECTIONS } from '../../../shared/sessions/storage';
import { db } from '../../platform/cloud';
import type { MemberRecord } from '../../platform/directory';
import { recordById } from '../../platform/directory-lookup';
import { rows } from '../../platform/query';
import { COLLECTIONS, type ReflectionRecord } from './records';

/** The notices domain's record as this domain reads it: by id, through the generic lookup. */
export interface NoticeText {
  _id: string;
  title: string;
  body: string;
}

const NOTICES_COLLECTION = 'notices';

export const reflectionById = (id: string) =>
  recordById<ReflectionRecord>(COLLECTIONS.reflections, id, '心得');

export async function noticeById(id: string): Promise<NoticeText> {
  const notice = await recordById<Partial<NoticeText>>(NOTICES_COLLECTION, id, '通知');
  return { _id: id, title: String(notice.title ?? ''), body: String(notice.body ?? '') };
}

/** For access rules: the units a reflection belongs to. */
export const reflectionUnitPath = async (id: string) => (await reflectionById(id)).unitPath;

/** The sessions domain's record as this domain reads it. */
interface SessionLink {
  unitId: string;
  noticeId: string | null;
}

/**
 * A reflection may name the study session it came out of (the check-in page links to writing): a session
 * held for the writer's unit or a unit above it, about this notice or about none in particular.
 */
export async function assertSessionFits(
  sessionId: string,
  noticeId: string,
  writer: Pick<MemberRecord, 'unitPath'>,
): Promise<void> {
  const [session] = await rows<SessionLink>(
    db.collection(SESSION_COLLECTIONS.sessions).where({ _id: sessionId }).limit(1),
  );
  const fits =
    session !== undefined &&
    writer.unitPath.includes(session.unitId) &&
    (session.noticeId === null || session.noticeId === noticeId);
  if (!fits) {
    const message = '关联的学习活动不存在，或不是您所在单位学习这份通知的活动';
    throw new AppError('INVALID_INPUT', message, [{ path: 'sessionId', message }]);
  }
}
