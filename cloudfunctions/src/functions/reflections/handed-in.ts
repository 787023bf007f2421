import { HANDED_IN_STATUSES, type ReflectionStatus } from '../../../shared/reflections/status';
import { readInTransaction, type Transaction } from '../../platform/transaction';
import { COLLECTIONS, submissionId, type ReflectionRecord, type SubmissionRecord } from './records';

const handedIn = (status: ReflectionStatus | null) => status !== null && HANDED_IN_STATUSES.includes(status);

/**
 * Keeps the member's per-notice count of handed-in reflections in the transaction that changes a
 * reflection's state, so the deadline lights never page through reflections.
 */
export async function trackHandedIn(
  transaction: Transaction,
  reflection: Pick<ReflectionRecord, 'noticeId' | 'memberId' | 'unitId' | 'unitPath'>,
  before: ReflectionStatus | null,
  after: ReflectionStatus,
  at: Date,
): Promise<void> {
  const delta = Number(handedIn(after)) - Number(handedIn(before));
  if (delta === 0) return;
  const id = submissionId(reflection.noticeId, reflection.memberId);
  const current = await readInTransaction<SubmissionRecord>(transaction, COLLECTIONS.submissions, id);
  const count = Math.max(0, (current?.handedIn ?? 0) + delta);
  const record: Omit<SubmissionRecord, '_id'> = {
    noticeId: reflection.noticeId,
    memberId: reflection.memberId,
    unitId: reflection.unitId,
    unitPath: reflection.unitPath,
    handedIn: count,
    handedInAt: count === 0 ? null : (current?.handedIn ?? 0) > 0 ? (current?.handedInAt ?? at) : at,
  };
  await transaction.collection(COLLECTIONS.submissions).doc(id).set({ data: record });
}
