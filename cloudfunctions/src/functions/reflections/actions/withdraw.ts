import { AppError } from '../../../../shared/errors';
import { next, refusal } from '../../../../shared/reflections/status';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import type { MemberRecord } from '../../../platform/directory';
import { rateLimiter } from '../../../platform/rate-limit';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { trackHandedIn } from '../handed-in';
import { WRITE_LIMIT } from '../limits';
import { COLLECTIONS, type ReflectionRecord } from '../records';
import { viewerOf, viewOf } from '../views';

/** The writer takes a submitted reflection back to a draft before anyone has reviewed it. */
export const withdraw = defineAction('reflections', 'withdraw', {
  access: activeMember,
  async run({ reflectionId }, caller) {
    const authority = await caller.authority();
    const member = authority.member as MemberRecord;
    await rateLimiter.take(WRITE_LIMIT, member._id);
    const now = new Date();
    const record = await atomically(async (transaction) => {
      const current = await readInTransaction<ReflectionRecord>(
        transaction,
        COLLECTIONS.reflections,
        reflectionId,
      );
      if (!current || current.memberId !== member._id) {
        throw new AppError('NOT_FOUND', '心得不存在或已被删除');
      }
      const status = next(current.status, 'withdraw');
      if (!status) throw new AppError('REFLECTION_STATE', refusal(current.status, 'withdraw'));
      await transaction
        .collection(COLLECTIONS.reflections)
        .doc(reflectionId)
        .update({ data: { status, updatedAt: now } });
      // A withdrawn text is no longer what later submissions are compared with.
      await transaction.collection(COLLECTIONS.sketches).doc(reflectionId).remove();
      await trackHandedIn(transaction, current, current.status, status, now);
      return { ...current, status, updatedAt: now };
    });
    return viewOf(record, viewerOf(authority));
  },
});
