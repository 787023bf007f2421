import { AppError } from '../../../shared/errors';
import { adminOf, type AccessRule } from '../../platform/access';
import { administers } from '../../platform/authority';
import { unitById } from '../../platform/directory-lookup';
import { expects } from './lookup';
import type { SessionRecord } from './records';

/** Admins of the session's unit or of a unit above it: they organise it, run its check-in and see its sheet. */
export const sessionAdmin = <Input>(session: (input: Input) => Promise<Pick<SessionRecord, 'unitPath'>>) =>
  adminOf<Input>('活动所属单位或其上级单位的管理员', async (input) => [(await session(input)).unitPath]);

export const unitAdmin = <Input>(unitId: (input: Input) => string) =>
  adminOf<Input>('该单位或其上级单位的管理员', async (input) => [(await unitById(unitId(input))).path]);

/** The people a session is for (members of its subtree) and the admins who run it. */
export const sessionParticipantOrAdmin = <Input>(
  session: (input: Input) => Promise<SessionRecord>,
): AccessRule<Input> => ({
  description: '活动参加范围内的职工，或活动所属单位及其上级单位的管理员',
  async check(caller, input) {
    const authority = await caller.authority();
    if (!authority.member && authority.adminUnitIds.length === 0) throw new AppError('NOT_A_MEMBER');
    const found = await session(input);
    if (authority.member && expects(found, authority.member)) return;
    if (administers(authority, found.unitPath)) return;
    throw new AppError('NOT_EXPECTED');
  },
});
