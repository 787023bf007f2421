import { AppError } from '../../../../shared/errors';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { addToCounter, readCounters } from '../../../platform/counters';
import type { MemberRecord } from '../../../platform/directory';
import { atomically } from '../../../platform/transaction';
import { reflectionById } from '../lookup';
import { COLLECTIONS, likeCounter, likeId } from '../records';
import { canRead, viewerOf } from '../views';

class AlreadyLiked extends AppError {
  constructor() {
    super('CONFLICT');
  }
}

/**
 * One like per person and reflection: the like's id is (reflection, member), so a second tap, however
 * close to the first, finds it taken and counts nothing. The count is sharded: a featured reflection is
 * liked across the city at once.
 */
export const like = defineAction('reflections', 'like', {
  access: activeMember,
  async run({ reflectionId }, caller) {
    const authority = await caller.authority();
    const member = authority.member as MemberRecord;
    const record = await reflectionById(reflectionId);
    const listed = record.status === 'published' || record.status === 'featured';
    if (!listed || !canRead(record, viewerOf(authority))) {
      throw new AppError('NOT_FOUND', '心得不存在或尚未发布');
    }
    const counter = likeCounter(record);
    try {
      await atomically(
        async (transaction) => {
          await transaction.collection(COLLECTIONS.likes).add({
            data: {
              _id: likeId(reflectionId, member._id),
              reflectionId,
              memberId: member._id,
              at: new Date(),
            },
          });
          await addToCounter(transaction, counter, { likes: 1 });
        },
        { onDuplicate: () => new AlreadyLiked() },
      );
    } catch (error) {
      if (!(error instanceof AlreadyLiked)) throw error;
    }
    const totals = await readCounters([counter.key]);
    return { likes: totals.get(counter.key)?.likes ?? 0, likedByMe: true as const };
  },
});
