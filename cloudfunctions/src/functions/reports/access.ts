import { AppError } from '../../../shared/errors';
import { adminOf, federationAdmin, type AccessRule } from '../../platform/access';
import { unitById } from '../../platform/directory-lookup';

export const unitPathOf = async (unitId: string) => (await unitById(unitId)).path;

/** The unit's admins and those above it (the federation too) read a report. */
export const readerOfUnit = adminOf<{ unitId: string }>('该单位或其上级单位的管理员', async ({ unitId }) => [
  await unitPathOf(unitId),
]);

/**
 * A report is the unit's own word: only an admin of that very unit writes and submits it. Admins above it
 * read it; the federation returns it for revision.
 */
export const adminOfThisUnit: AccessRule<{ unitId: string }> = {
  description: '本单位的管理员',
  async check(caller, { unitId }) {
    const authority = await caller.authority();
    if (authority.grants.some((grant) => grant.role === 'unit_admin' && grant.unitId === unitId)) return;
    throw new AppError('FORBIDDEN', '只有本单位的管理员可以填写和提交本单位的报告');
  },
};

/** The whole notice's digest is the federation's; a unit admin makes the digest of their own subtree. */
export const digestMaker: AccessRule<{ unitId?: string }> = {
  description: '市总工会管理员；或该单位及其上级单位的管理员（本单位汇编）',
  async check(caller, input) {
    if (input.unitId) return readerOfUnit.check(caller, { unitId: input.unitId });
    return federationAdmin.check(caller, input);
  },
};
