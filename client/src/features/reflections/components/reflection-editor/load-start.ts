import type { ReflectionStatus } from '@shared/reflections/status';
import { fetchNoticeToReflectOn } from '../../api/notice';
import { fetchReflection } from '../../api/reflection';
import { loadDraft, newDraftKey, type LocalDraft } from '../../lib/draft-store';

export interface EditorStart {
  noticeTitle: string;
  status: ReflectionStatus | null;
  returnReason: string | null;
  draft: LocalDraft;
}

export interface EditorTarget {
  noticeId?: string;
  reflectionId?: string;
  sessionId?: string;
}

/**
 * Where writing resumes: the phone's own copy when there is one (it is what the person typed last), else
 * the reflection as saved, else an empty draft on the notice. Null when there is no notice to write on.
 */
export async function loadStart(target: EditorTarget): Promise<EditorStart | null> {
  const now = new Date().toISOString();
  if (target.reflectionId) {
    const saved = await fetchReflection(target.reflectionId);
    const local = loadDraft(saved.noticeId, saved._id);
    return {
      noticeTitle: saved.noticeTitle,
      status: saved.status,
      returnReason: saved.returnReason,
      draft: local ?? {
        draftKey: newDraftKey(),
        reflectionId: saved._id,
        noticeId: saved.noticeId,
        sessionId: saved.sessionId ?? undefined,
        title: saved.title,
        text: saved.text,
        photos: saved.photos,
        savedAt: now,
      },
    };
  }
  const notice = await fetchNoticeToReflectOn(target.noticeId);
  if (!notice) return null;
  const local = loadDraft(notice._id);
  return {
    noticeTitle: notice.title,
    status: null,
    returnReason: null,
    draft: local ?? {
      draftKey: newDraftKey(),
      noticeId: notice._id,
      sessionId: target.sessionId,
      title: '',
      text: '',
      photos: [],
      savedAt: now,
    },
  };
}
