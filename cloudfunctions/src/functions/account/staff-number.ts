import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { DIRECTORY } from '../../platform/directory';
import { countOf } from '../../platform/query';

/** A staff number names one person within a unit. */
export async function assertStaffNoFree(
  unitId: string,
  staffNo: string | null,
  exceptMemberId?: string,
): Promise<void> {
  if (!staffNo) return;
  const holders = await countOf(
    db.collection(DIRECTORY.members).where({
      unitId,
      staffNo,
      status: 'active',
      _id: db.command.neq(exceptMemberId ?? ''),
    }),
  );
  if (holders > 0) {
    throw new AppError('INVALID_INPUT', `本单位已有工号为“${staffNo}”的成员，请核对工号`, [
      { path: 'staffNo', message: '本单位已有成员使用这个工号' },
    ]);
  }
}
