import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile, RECOUNTS } from '../../cloudfunctions/local/reconcile/reconcile';
import { publishTo, record } from '../support/fixtures/notices';
import { addMember } from '../support/fixtures/org';
import { must, submitNew } from '../support/fixtures/reflections';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

describe('npm run reconcile', () => {
  it('recounts every family of counters the functions keep', () => {
    expect(RECOUNTS.map((recount) => recount.prefix).sort()).toEqual([
      'members:',
      'notice:',
      'reflection-likes:',
    ]);
  });

  it('finds the seed, readings and likes equal to a recount from the records', async () => {
    const reader = await addMember(harness.stack.db, TARGET_UNIT, '核对读者');
    const noticeId = (await publishTo(harness, [TARGET_UNIT]))._id;
    await must(record(harness, reader.openid, noticeId, 1) as never);
    await must(harness.call('notices', 'confirmRead', { noticeId }, reader.openid));
    const { reflection } = await submitNew(harness, reader.openid);
    await must(
      harness.call(
        'reflections',
        'review',
        { reflectionId: reflection._id, decision: 'publish' },
        PERSONAS.unitAdmin,
      ),
    );
    await must(harness.call('reflections', 'like', { reflectionId: reflection._id }, PERSONAS.member));
    expect(await reconcile(harness.stack.db)).toEqual([]);

    // A shard that no record explains is reported, with the figure it should hold.
    await harness.stack.db.collection('counters').add({
      data: {
        _id: `notice:${noticeId}:unit:${TARGET_UNIT}#stray`,
        key: `notice:${noticeId}:unit:${TARGET_UNIT}`,
        noticeId,
        unitId: TARGET_UNIT,
        unitPath: ['unit-root', 'unit-education', TARGET_UNIT],
        values: { opened: 2 },
      },
    });
    expect(await reconcile(harness.stack.db)).toEqual([
      { key: `notice:${noticeId}:unit:${TARGET_UNIT}`, field: 'opened', stored: 3, recounted: 1 },
    ]);
  });
});
