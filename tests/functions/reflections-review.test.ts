import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CursorPage } from '../../cloudfunctions/shared/platform/schema';
import type {
  LikeOutcome,
  ReflectionCard,
  ReflectionView,
} from '../../cloudfunctions/shared/reflections/reflection';
import { addGrant, addMember } from '../support/fixtures/org';
import { must, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, SIBLING_UNIT, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true, poolSize: 8 });
});
afterAll(() => harness?.close());

const call = <T>(action: string, payload: unknown, openid: string) =>
  harness.call<T>('reflections', action, payload, openid);
const writerIn = async (unitId = TARGET_UNIT, name = '测试职工') => addMember(harness.stack.db, unitId, name);
const refusedWith = (code: string, message?: string) => ({
  ok: false,
  code,
  ...(message ? { message: expect.stringContaining(message) } : {}),
});

async function feedIds(scope: 'unit' | 'city', openid: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await must(call<CursorPage<ReflectionCard>>('feed', { scope, cursor }, openid));
    ids.push(...page.items.map((item) => item._id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

describe('the state machine through the function', () => {
  it('takes a reflection from submission through return, resubmission, publication and featuring', async () => {
    const writer = await writerIn(TARGET_UNIT, '周流程');
    const { reflection } = await submitNew(harness, writer.openid);
    const id = reflection._id;
    const review = (decision: string, admin: string = PERSONAS.unitAdmin, reason?: string) =>
      call<ReflectionView>('review', { reflectionId: id, decision, reason }, admin);

    expect(await review('return')).toMatchObject(refusedWith('INVALID_INPUT', '退回原因'));
    expect(await review('return', PERSONAS.unitAdmin, '请结合岗位实际')).toMatchObject({
      ok: true,
      data: { status: 'returned', returnReason: '请结合岗位实际' },
    });
    expect(await call('feature', { reflectionId: id }, PERSONAS.federationAdmin)).toMatchObject(
      refusedWith('REFLECTION_STATE', '只有已发布的心得可以设为精选'),
    );
    expect(await must(call<ReflectionView>('get', { reflectionId: id }, writer.openid))).toMatchObject({
      status: 'returned',
      returnReason: '请结合岗位实际',
    });

    const resubmitted = await must(
      call<{ reflection: ReflectionView }>(
        'submit',
        { reflectionId: id, noticeId: SEED_NOTICE, text: originalText(90) },
        writer.openid,
      ),
    );
    expect(resubmitted.reflection.status).toBe('submitted');
    expect(await review('publish')).toMatchObject({
      ok: true,
      data: { status: 'published', returnReason: null },
    });
    expect(await review('publish')).toMatchObject(
      refusedWith('REFLECTION_STATE', '只有待审核的心得可以发布'),
    );
    expect(await review('return', PERSONAS.unitAdmin, '晚了')).toMatchObject(refusedWith('REFLECTION_STATE'));
    expect(await call('withdraw', { reflectionId: id }, writer.openid)).toMatchObject(
      refusedWith('REFLECTION_STATE', '只有待审核的心得可以撤回'),
    );
    expect(
      await call('saveDraft', { reflectionId: id, noticeId: SEED_NOTICE, text: '改' }, writer.openid),
    ).toMatchObject(refusedWith('REFLECTION_STATE', '不能修改'));

    expect(await call('feature', { reflectionId: id }, PERSONAS.federationAdmin)).toMatchObject({
      ok: true,
      data: { status: 'featured' },
    });
    expect(await call('feature', { reflectionId: id }, PERSONAS.federationAdmin)).toMatchObject(
      refusedWith('REFLECTION_STATE'),
    );
  });

  it('lets the writer withdraw a reflection before review, and not twice', async () => {
    const writer = await writerIn();
    const { reflection } = await submitNew(harness, writer.openid);
    expect(await call('withdraw', { reflectionId: reflection._id }, writer.openid)).toMatchObject({
      ok: true,
      data: { status: 'draft' },
    });
    expect(await call('withdraw', { reflectionId: reflection._id }, writer.openid)).toMatchObject(
      refusedWith('REFLECTION_STATE'),
    );
    expect(
      await call('review', { reflectionId: reflection._id, decision: 'publish' }, PERSONAS.unitAdmin),
    ).toMatchObject(refusedWith('REFLECTION_STATE'));
  });
});

describe('reviewing', () => {
  it('lists the subtree’s waiting reflections oldest first, with what the review needs', async () => {
    const queue = await must(
      call<CursorPage<ReflectionView>>('listForReview', { unitId: TARGET_UNIT }, PERSONAS.unitAdmin),
    );
    expect(queue.items.length).toBeGreaterThanOrEqual(2);
    const times = queue.items.map((item) => item.submittedAt ?? '');
    expect(times).toEqual([...times].sort());
    expect(queue.items.every((item) => item.status === 'submitted')).toBe(true);
    // The seed's 姚慧敏 copied the notice: the reviewer sees the mark.
    expect(queue.items.find((item) => item.authorName === '姚慧敏')?.similarity).toMatchObject({
      resembles: 'notice',
    });
  });

  it('does not let an admin of another unit review, or a member review at all', async () => {
    const { reflection } = await submitNew(harness, (await writerIn()).openid);
    const decide = (openid: string) =>
      call('review', { reflectionId: reflection._id, decision: 'publish' }, openid);
    expect(await decide(PERSONAS.unrelatedAdmin)).toMatchObject(refusedWith('OUT_OF_SCOPE'));
    const siblingAdmin = await addGrant(harness.stack.db, SIBLING_UNIT);
    expect(await decide(siblingAdmin.openid)).toMatchObject(refusedWith('OUT_OF_SCOPE'));
    expect(await decide(PERSONAS.member)).toMatchObject(refusedWith('FORBIDDEN'));
    expect(await call('listForReview', { unitId: TARGET_UNIT }, PERSONAS.unrelatedAdmin)).toMatchObject(
      refusedWith('OUT_OF_SCOPE'),
    );
    expect(await decide(PERSONAS.parentAdmin)).toMatchObject({ ok: true, data: { status: 'published' } });
  });

  it('tells the writer the outcome by subscribe message when they allowed one', async () => {
    const writer = await writerIn(TARGET_UNIT, '许订阅');
    await must(harness.call('account', 'acceptNotifications', { topics: ['reviewResult'] }, writer.openid));
    const { reflection } = await submitNew(harness, writer.openid, originalText(), { title: '订阅消息测试' });
    await must(
      call(
        'review',
        { reflectionId: reflection._id, decision: 'return', reason: '请补充事例' },
        PERSONAS.unitAdmin,
      ),
    );
    const sent = (await harness.stack.outbox()).filter(
      (message) => (message.payload as { touser?: string }).touser === writer.openid,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0].payload).toMatchObject({
      page: `packages/reflections/pages/detail/index?id=${reflection._id}`,
      data: {
        thing1: { value: '订阅消息测试' },
        phrase2: { value: '已退回' },
        thing3: { value: '退回原因：请补充事例' },
      },
    });
  });
});

describe('who reads what', () => {
  it('keeps a member from others’ unpublished reflections, and from another unit’s published ones', async () => {
    const writer = await writerIn(TARGET_UNIT, '钱保密');
    const { reflection } = await submitNew(harness, writer.openid);
    const get = (openid: string) => call<ReflectionView>('get', { reflectionId: reflection._id }, openid);
    expect(await get(PERSONAS.member)).toMatchObject(refusedWith('NOT_FOUND'));
    expect(await get(PERSONAS.unitAdmin)).toMatchObject({ ok: true, data: { status: 'submitted' } });

    await must(call('review', { reflectionId: reflection._id, decision: 'publish' }, PERSONAS.unitAdmin));
    const asColleague = await must(get(PERSONAS.member));
    expect(asColleague).toMatchObject({
      status: 'published',
      mine: false,
      similarity: null,
      contentHeld: false,
    });
    const sibling = await writerIn(SIBLING_UNIT);
    expect(await get(sibling.openid)).toMatchObject(refusedWith('NOT_FOUND'));

    await must(call('feature', { reflectionId: reflection._id }, PERSONAS.federationAdmin));
    expect(await get(sibling.openid)).toMatchObject({ ok: true, data: { status: 'featured' } });
  });

  it('lists published reflections in the unit feed and featured ones in the city feed, newest first', async () => {
    const writer = await writerIn(TARGET_UNIT, '孙分享');
    const { reflection } = await submitNew(harness, writer.openid);
    const sibling = await writerIn(SIBLING_UNIT);
    expect(await feedIds('unit', PERSONAS.member)).not.toContain(reflection._id);

    await must(call('review', { reflectionId: reflection._id, decision: 'publish' }, PERSONAS.unitAdmin));
    const unitFeed = await must(call<CursorPage<ReflectionCard>>('feed', { scope: 'unit' }, PERSONAS.member));
    expect(unitFeed.items[0]).toMatchObject({ _id: reflection._id, authorName: '孙分享', likes: 0 });
    const published = unitFeed.items.map((item) => item.publishedAt ?? '');
    expect(published).toEqual([...published].sort().reverse());
    expect(await feedIds('unit', sibling.openid)).not.toContain(reflection._id);
    expect(await feedIds('city', sibling.openid)).not.toContain(reflection._id);

    await must(call('feature', { reflectionId: reflection._id }, PERSONAS.federationAdmin));
    const cityFeed = await must(call<CursorPage<ReflectionCard>>('feed', { scope: 'city' }, sibling.openid));
    expect(cityFeed.items[0]).toMatchObject({ _id: reflection._id, status: 'featured' });
    expect(await feedIds('city', PERSONAS.federationAdmin)).toContain(reflection._id);
    expect(await call('feed', { scope: 'unit' }, 'openid-visitor-not-a-member')).toMatchObject(
      refusedWith('NOT_A_MEMBER'),
    );
  });

  it('pages a feed at most 20 at a time with a cursor, each reflection once', async () => {
    const writers = await Promise.all(Array.from({ length: 22 }, () => writerIn(SIBLING_UNIT, '翻页')));
    for (const writer of writers) {
      const { reflection } = await submitNew(harness, writer.openid);
      await must(call('review', { reflectionId: reflection._id, decision: 'publish' }, PERSONAS.parentAdmin));
    }
    const first = await must(call<CursorPage<ReflectionCard>>('feed', { scope: 'unit' }, writers[0].openid));
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    expect(await call('feed', { scope: 'unit', limit: 21 }, writers[0].openid)).toMatchObject(
      refusedWith('INVALID_INPUT', '每页最多 20 条'),
    );
    const all = await feedIds('unit', writers[0].openid);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(23);
  });
});

describe('likes', () => {
  it('counts one like per person however many taps arrive at once', async () => {
    const { reflection } = await submitNew(harness, (await writerIn()).openid);
    await must(call('review', { reflectionId: reflection._id, decision: 'publish' }, PERSONAS.unitAdmin));
    const taps = await Promise.all(
      Array.from({ length: 12 }, () =>
        call<LikeOutcome>('like', { reflectionId: reflection._id }, PERSONAS.member),
      ),
    );
    expect(taps.every((tap) => tap.ok)).toBe(true);
    const likes = (await harness.stack.db
      .collection('reflection_likes')
      .where({ reflectionId: reflection._id })
      .count()) as unknown as { total: number };
    expect(likes.total).toBe(1);
    const card = await must(call<ReflectionView>('get', { reflectionId: reflection._id }, PERSONAS.member));
    expect(card).toMatchObject({ likes: 1, likedByMe: true });
  });

  it('counts a crowd of colleagues liking at once, each once', async () => {
    const { reflection } = await submitNew(harness, (await writerIn()).openid);
    await must(call('review', { reflectionId: reflection._id, decision: 'publish' }, PERSONAS.unitAdmin));
    const colleagues = await Promise.all(Array.from({ length: 8 }, () => writerIn()));
    const taps = await Promise.all(
      colleagues.flatMap((colleague) =>
        [1, 2].map(() => call<LikeOutcome>('like', { reflectionId: reflection._id }, colleague.openid)),
      ),
    );
    expect(taps.every((tap) => tap.ok)).toBe(true);
    const card = await must(call<ReflectionView>('get', { reflectionId: reflection._id }, PERSONAS.member));
    expect(card).toMatchObject({ likes: 8, likedByMe: false });
  });

  it('refuses a like on a reflection the person cannot read', async () => {
    const { reflection } = await submitNew(harness, (await writerIn()).openid);
    expect(await call('like', { reflectionId: reflection._id }, PERSONAS.member)).toMatchObject(
      refusedWith('NOT_FOUND'),
    );
  });
});
