import { allRows } from '../../src/platform/query';
import type { Recount } from './recount';

/** Likes per reflection (`reflection-likes:<id>`), from the like records (one per reflection and member). */
export const likesRecount: Recount = {
  name: '心得点赞',
  prefix: 'reflection-likes:',
  async recount(db) {
    const likes = await allRows<{ reflectionId: string }>(
      db.collection('reflection_likes').field({ reflectionId: true }),
    );
    const byReflection = new Map<string, number>();
    for (const { reflectionId } of likes)
      byReflection.set(reflectionId, (byReflection.get(reflectionId) ?? 0) + 1);
    return [...byReflection].map(([id, count]) => ({
      key: `reflection-likes:${id}`,
      values: { likes: count },
    }));
  },
};
