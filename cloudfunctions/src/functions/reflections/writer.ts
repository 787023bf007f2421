import { db } from '../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../platform/directory';
import { rows } from '../../platform/query';

/** The reflection's writer as the directory has them (possibly no longer active), or null once erased. */
export async function writerOf(memberId: string): Promise<MemberRecord | null> {
  const [writer = null] = await rows<MemberRecord>(
    db.collection(DIRECTORY.members).where({ _id: memberId }).limit(1),
  );
  return writer;
}
