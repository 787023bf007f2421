import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sketchText, shinglesOf } from '../../cloudfunctions/shared/reflections/similarity';
import { addMember } from '../support/fixtures/org';
import { must, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

/** Sketches of `count` earlier reflections on the notice, written straight to the database. */
async function addSketches(count: number, resembling?: string): Promise<void> {
  const notice = shinglesOf('');
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, index) => {
      const sketch = sketchText(resembling ?? originalText(150), notice);
      return {
        _id: `sketch-load-${resembling ? 'like' : 'other'}-${start + index}`,
        noticeId: SEED_NOTICE,
        memberId: `member-load-${start + index}`,
        unitId: TARGET_UNIT,
        signature: sketch.signature,
        bands: sketch.bands,
        noticeOverlap: 0,
        submittedAt: new Date(),
      };
    });
    await harness.stack.db.collection('reflection_sketches').add({ data: batch });
  }
}

async function submissionCost(text: string): Promise<number> {
  const writer = await addMember(harness.stack.db, TARGET_UNIT, '计数');
  const { requests } = await harness.requestsDuring(() => submitNew(harness, writer.openid, text));
  return requests;
}

describe('bounded cost', () => {
  it('a submission makes the same database requests with a few or hundreds of earlier reflections', async () => {
    const text = originalText(200);
    const few = await submissionCost(text);
    await addSketches(400);
    // Many look alike: the candidates read stay capped.
    await addSketches(60, text);
    const many = await submissionCost(text);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(16);
  });

  it('a feed page and a review page cost a fixed handful of requests', async () => {
    const { requests: feed } = await harness.requestsDuring(() =>
      must(harness.call('reflections', 'feed', { scope: 'unit' }, PERSONAS.member)),
    );
    expect(feed).toBeLessThanOrEqual(8);
    const { requests: queue } = await harness.requestsDuring(() =>
      must(harness.call('reflections', 'listForReview', { unitId: TARGET_UNIT }, PERSONAS.unitAdmin)),
    );
    expect(queue).toBeLessThanOrEqual(10);
  });
});
