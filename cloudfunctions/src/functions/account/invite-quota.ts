import { AppError } from '../../../shared/errors';
import { DIRECTORY } from '../../platform/directory';
import { readInTransaction, type Transaction } from '../../platform/transaction';

/** Spread over this many documents, a crowd claiming one invite's uses rarely touches the same one twice. */
const MAX_SHARDS = 8;

interface QuotaShard {
  _id: string;
  cap: number;
  used: number;
}

/** Shard i's share of the limit: the limit split as evenly as whole uses allow. */
function shardCaps(maxUses: number): number[] {
  const shards = Math.min(maxUses, MAX_SHARDS);
  return Array.from(
    { length: shards },
    (_, i) => Math.floor(maxUses / shards) + (i < maxUses % shards ? 1 : 0),
  );
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/**
 * Takes one use of a limited invite inside the join's transaction. The limit is split over up to eight
 * shard documents (created on first use) and each join tries them in random order, so a crowd scanning the
 * same code contends per shard, not on one document; the limit still holds exactly, shard by shard.
 */
export async function claimInviteUse(
  transaction: Transaction,
  inviteId: string,
  maxUses: number,
): Promise<void> {
  const caps = shardCaps(maxUses);
  for (const index of shuffled(caps.map((_, i) => i))) {
    const id = `${inviteId}:${index}`;
    const shard = await readInTransaction<QuotaShard>(transaction, DIRECTORY.inviteQuotas, id);
    const used = shard?.used ?? 0;
    if (used >= caps[index]) continue;
    await transaction
      .collection(DIRECTORY.inviteQuotas)
      .doc(id)
      .set({ data: { inviteId, cap: caps[index], used: used + 1 } });
    return;
  }
  throw new AppError('INVITE_USED_UP');
}
