import { createHash } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { parseNotice } from '../../../../shared/notices/parse';
import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { chinaDate } from '../../../../shared/platform/china-time';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { checkContent } from '../../../platform/content-check';
import type { UnitRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { NOTICE_COLLECTIONS, type NoticeRecord } from '../records';
import { managedNotice } from '../views';

/** The chosen units without those inside another chosen one: each target brings its whole subtree. */
function outermost(units: UnitRecord[]): UnitRecord[] {
  const chosen = new Set(units.map((unit) => unit._id));
  return units.filter((unit) => !unit.path.some((id) => id !== unit._id && chosen.has(id)));
}

/**
 * Publishes a notice to whole subtrees. The same text, issuer, targets and deadline on the same China day
 * is the same notice (its id is their digest), so a double tap or a retry publishes it once.
 */
export const publish = defineAction('notices', 'publish', {
  access: federationAdmin,
  async run({ text, issuer, targetUnitIds, reportDeadline }, caller) {
    const now = Date.now();
    const { document, problems } = parseNotice(text);
    if (problems.length > 0) {
      const [first] = problems;
      throw new AppError('NOTICE_INVALID', `第 ${first.line} 行：${first.message}`, problems);
    }
    if (reportDeadline && reportDeadline < chinaDate(now)) {
      const message = '报送截止日期不能早于今天';
      throw new AppError('INVALID_INPUT', message, [{ path: 'reportDeadline', message }]);
    }
    const units = await loadUnitsById(targetUnitIds);
    if (targetUnitIds.some((id) => !units.has(id))) {
      throw new AppError('NOT_FOUND', '所选单位不存在或已被删除，请刷新后重新选择');
    }
    const targets = outermost([...units.values()]);
    if ((await checkContent(caller.openid, text, 1)).suggest === 'risky')
      throw new AppError('CONTENT_REJECTED');

    const authority = await caller.authority();
    const targetUnitIdsSorted = targets.map((unit) => unit._id).sort();
    const digest = createHash('sha256')
      .update(JSON.stringify([chinaDate(now), issuer, targetUnitIdsSorted, reportDeadline ?? null, text]))
      .digest('hex');
    const record: NoticeRecord = {
      _id: `notice-${digest.slice(0, 24)}`,
      title: document.title,
      issuer,
      document,
      body: text,
      targetUnitIds: targetUnitIdsSorted,
      audienceUnitIds: [...new Set(targets.flatMap((unit) => unit.path))],
      reportDeadline: reportDeadline ?? null,
      publishedAt: new Date(now),
      publishedByMemberId: authority.member?._id ?? null,
      status: 'published',
    };
    const stored = await atomically(async (transaction) => {
      const existing = await readInTransaction<NoticeRecord>(
        transaction,
        NOTICE_COLLECTIONS.notices,
        record._id,
      );
      if (existing) return existing;
      const { _id, ...fields } = record;
      await transaction.collection(NOTICE_COLLECTIONS.notices).doc(_id).set({ data: fields });
      await writeAudit(transaction, {
        action: 'notice.publish',
        actor: actorOf(caller.openid, authority),
        unitPath: [ROOT_UNIT_ID],
        details: { title: record.title, count: targets.length },
      });
      return record;
    });
    return managedNotice(stored, units);
  },
});
