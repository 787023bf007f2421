import { AppError } from '../../../../shared/errors';
import { next, refusal } from '../../../../shared/reflections/status';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { reflectionById } from '../lookup';
import { COLLECTIONS, type ReflectionRecord } from '../records';
import { tellWriter } from '../review-result';
import { viewerOf, viewOf } from '../views';
import { writerOf } from '../writer';

/** The federation picks a published reflection for the city-wide feed. */
export const feature = defineAction('reflections', 'feature', {
  access: federationAdmin,
  async run({ reflectionId }, caller) {
    const authority = await caller.authority();
    const actor = actorOf(caller.openid, authority);
    const writer = await writerOf((await reflectionById(reflectionId)).memberId);
    const now = new Date();
    const record = await atomically(async (transaction) => {
      const current = await readInTransaction<ReflectionRecord>(
        transaction,
        COLLECTIONS.reflections,
        reflectionId,
      );
      if (!current) throw new AppError('NOT_FOUND', '心得不存在或已被删除');
      const status = next(current.status, 'feature');
      if (!status) throw new AppError('REFLECTION_STATE', refusal(current.status, 'feature'));
      const change = { status, featuredAt: now, updatedAt: now };
      await transaction.collection(COLLECTIONS.reflections).doc(reflectionId).update({ data: change });
      await writeAudit(transaction, {
        action: 'reflection.feature',
        actor,
        unitPath: current.unitPath,
        details: { memberId: current.memberId, memberName: writer?.name ?? '' },
      });
      return { ...current, ...change };
    });
    await tellWriter(record, writer, '已设为精选', '已在全市精选心得中展示');
    return viewOf(record, viewerOf(authority));
  },
});
