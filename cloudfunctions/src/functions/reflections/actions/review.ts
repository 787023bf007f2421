import { AppError } from '../../../../shared/errors';
import { next, refusal } from '../../../../shared/reflections/status';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { reflectionById, reflectionUnitPath } from '../lookup';
import { COLLECTIONS, type ReflectionRecord } from '../records';
import { tellWriter } from '../review-result';
import { viewerOf, viewOf } from '../views';
import { writerOf } from '../writer';

export const review = defineAction('reflections', 'review', {
  access: adminOf('心得所在单位或其上级单位的管理员', async ({ reflectionId }) => [
    await reflectionUnitPath(reflectionId),
  ]),
  async run({ reflectionId, decision, reason }, caller) {
    if (decision === 'return' && !reason) {
      throw new AppError('INVALID_INPUT', '退回时请填写退回原因，便于职工修改', [
        { path: 'reason', message: '请填写退回原因' },
      ]);
    }
    const authority = await caller.authority();
    const actor = actorOf(caller.openid, authority);
    const writer = await writerOf((await reflectionById(reflectionId)).memberId);
    const move = decision === 'publish' ? 'publish' : 'return';
    const now = new Date();
    const record = await atomically(async (transaction) => {
      const current = await readInTransaction<ReflectionRecord>(
        transaction,
        COLLECTIONS.reflections,
        reflectionId,
      );
      if (!current) throw new AppError('NOT_FOUND', '心得不存在或已被删除');
      const status = next(current.status, move);
      if (!status) throw new AppError('REFLECTION_STATE', refusal(current.status, move));
      const change = {
        status,
        reviewedAt: now,
        updatedAt: now,
        publishedAt: move === 'publish' ? now : null,
        returnReason: move === 'return' ? (reason ?? null) : null,
      };
      await transaction.collection(COLLECTIONS.reflections).doc(reflectionId).update({ data: change });
      await writeAudit(transaction, {
        action: move === 'publish' ? 'reflection.publish' : 'reflection.return',
        actor,
        unitPath: current.unitPath,
        details: { memberId: current.memberId, memberName: writer?.name ?? '' },
      });
      return { ...current, ...change };
    });
    await tellWriter(
      record,
      writer,
      move === 'publish' ? '已发布' : '已退回',
      move === 'publish' ? '已在本单位心得中发布' : `退回原因：${reason ?? ''}`,
    );
    return viewOf(record, viewerOf(authority));
  },
});
