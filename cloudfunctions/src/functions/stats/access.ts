import { adminOf } from '../../platform/access';
import { unitById } from '../../platform/directory-lookup';
import { perInput } from './per-input';
import { sessionById } from './session-sheet';

/** The session, read once for the access rule and the action. */
export const sessionOfInput = perInput(({ sessionId }: { sessionId: string }) => sessionById(sessionId));
export const unitOfInput = perInput(({ unitId }: { unitId: string }) => unitById(unitId));

/** Admins of the session's unit or of a unit above it. */
export const sessionAdmin = adminOf<{ sessionId: string }>(
  '活动所属单位或其上级单位的管理员',
  async (input) => [(await sessionOfInput(input)).unitPath],
);

export const unitAdmin = adminOf<{ unitId: string }>('该单位或其上级单位的管理员', async (input) => [
  (await unitOfInput(input)).path,
]);
