import { AppError } from '../../../shared/errors';
import { db } from '../../platform/cloud';
import { countOf } from '../../platform/query';
import { COLLECTIONS } from '../../platform/records';

const DUPLICATE_KEY = -502001;

export async function assertCodeFree(code: string | null, exceptUnitId?: string): Promise<void> {
  if (!code) return;
  const used = await countOf(
    db.collection(COLLECTIONS.units).where({ code, _id: db.command.neq(exceptUnitId ?? '') }),
  );
  if (used > 0) throw new AppError('CONFLICT', `单位编码“${code}”已被使用`);
}

/** Sibling names are unique by index; a clash reaches us as a duplicate-key error. */
export async function withSiblingNameCheck(write: () => unknown, name: string): Promise<void> {
  try {
    await write();
  } catch (error) {
    if ((error as { errCode?: number }).errCode === DUPLICATE_KEY) {
      throw new AppError('CONFLICT', `同一上级单位下已有名为“${name}”的单位`);
    }
    throw error;
  }
}
