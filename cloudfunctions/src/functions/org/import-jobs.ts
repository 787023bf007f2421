import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { DIRECTORY, type UnitImportRecord } from '../../platform/directory';
import { rows } from '../../platform/query';

/** Longer than the function's timeout: a live import always holds a valid lease. */
export const IMPORT_LEASE_MS = 30_000;

const jobs = () => db.collection(DIRECTORY.unitImports);

/**
 * Takes back imports that will never finish: those whose lease ran out (the function died) and any earlier
 * import of the same person (this call is their retry). An abandoned import's units are deleted before its
 * record, so an interruption here is finished by the next call. Another person's live import is left alone
 * and refused, so two admins never import over each other.
 */
export async function takeBackUnfinishedImports(actorOpenid: string, now = new Date()): Promise<void> {
  const unfinished = await rows<UnitImportRecord>(
    jobs()
      .where({ status: db.command.in(['pending', 'abandoned']) })
      .limit(100),
  );
  for (const job of unfinished) {
    const takeable =
      job.status === 'abandoned' ||
      job.actorOpenid === actorOpenid ||
      new Date(job.leaseUntil).getTime() < now.getTime();
    if (!takeable) {
      throw new AppError('CONFLICT', '另一位管理员正在导入单位，请稍后再试');
    }
    // Marked first: if that import is in fact still running, its final step now finds it abandoned.
    if (job.status === 'pending')
      await jobs()
        .doc(job._id)
        .update({ data: { status: 'abandoned' } });
    await db.collection(DIRECTORY.units).where({ importId: job._id }).remove();
    await jobs().doc(job._id).remove();
  }
}

export async function startImport(job: Omit<UnitImportRecord, 'status' | 'leaseUntil'>): Promise<void> {
  await jobs().add({
    data: { ...job, status: 'pending', leaseUntil: new Date(Date.now() + IMPORT_LEASE_MS) },
  });
}

export async function renewLease(importId: string): Promise<void> {
  await jobs()
    .doc(importId)
    .update({ data: { leaseUntil: new Date(Date.now() + IMPORT_LEASE_MS) } });
}
