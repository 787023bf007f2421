import { db } from '../../platform/cloud';
import { DIRECTORY } from '../../platform/directory';

/**
 * How many people joined with each invite, counted from memberships in one aggregation. Joins write no
 * counter on the invite (a crowd scanning one code must not fight over one document); only an invite
 * with a use limit keeps `uses`, to enforce it.
 */
export async function countInviteUses(inviteIds: string[]): Promise<Map<string, number>> {
  if (inviteIds.length === 0) return new Map();
  const $ = db.command.aggregate;
  const { list } = (await db
    .collection(DIRECTORY.members)
    .aggregate()
    .match({ inviteId: db.command.in(inviteIds) })
    .group({ _id: '$inviteId', uses: $.sum(1) })
    .limit(inviteIds.length)
    .end()) as { list: { _id: string; uses: number }[] };
  return new Map(list.map((row) => [row._id, row.uses]));
}
