import {
  assessResemblance,
  shinglesOf,
  sketchText,
  type Resemblance,
  type TextSketch,
} from '../../../shared/reflections/similarity';
import { db } from '../../platform/cloud';
import { isDuplicateKey } from '../../platform/db-errors';
import { rows } from '../../platform/query';
import type { NoticeText } from './lookup';
import { COLLECTIONS, type NoticeSketchRecord, type SketchRecord } from './records';

/** At most this many earlier reflections are compared with a new one, however many there are. */
export const MAX_CANDIDATES = 20;

/**
 * The notice's shingles: kept by this domain the first time they are needed, so each later submission
 * reads one small document instead of the notice. Notices are not edited once published.
 */
export async function noticeShingles(
  noticeId: string,
  loadNotice: () => Promise<NoticeText>,
): Promise<Set<number>> {
  const [stored] = await rows<NoticeSketchRecord>(
    db.collection(COLLECTIONS.noticeSketches).where({ _id: noticeId }).limit(1),
  );
  if (stored) return new Set(stored.shingles);
  const notice = await loadNotice();
  const shingles = shinglesOf(`${notice.title}\n${notice.body}`);
  try {
    await db.collection(COLLECTIONS.noticeSketches).add({
      data: { _id: noticeId, shingles: [...shingles].sort((a, b) => a - b), computedAt: new Date() },
    });
  } catch (error) {
    // Another submission stored the same sketch first.
    if (!isDuplicateKey(error)) throw error;
  }
  return shingles;
}

/**
 * Compares a text with the notice and, through the band index, with the few earlier reflections on the
 * same notice that may resemble it: a fixed number of reads whatever the number of reflections.
 */
export async function assessText(
  reflectionId: string,
  noticeId: string,
  text: string,
  notice: ReadonlySet<number>,
): Promise<{ sketch: TextSketch; resemblance: Resemblance }> {
  const sketch = sketchText(text, notice);
  const candidates = sketch.bands.length
    ? await rows<SketchRecord>(
        db
          .collection(COLLECTIONS.sketches)
          .where({ noticeId, bands: db.command.in(sketch.bands), _id: db.command.neq(reflectionId) })
          .orderBy('submittedAt', 'desc')
          .limit(MAX_CANDIDATES),
      )
    : [];
  const resemblance = assessResemblance(
    sketch,
    candidates.map((candidate) => ({ reflectionId: candidate._id, signature: candidate.signature })),
  );
  return { sketch, resemblance };
}
