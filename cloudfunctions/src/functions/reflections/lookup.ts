import { recordById } from '../../platform/directory-lookup';
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
