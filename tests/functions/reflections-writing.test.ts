import { demoNotice } from '../../cloudfunctions/local/seed/notices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ReflectionCard,
  ReflectionView,
  SubmitOutcome,
  UploadedPhoto,
} from '../../cloudfunctions/shared/reflections/reflection';
import type { CursorPage } from '../../cloudfunctions/shared/platform/schema';
import { dumpDatabase } from '../support/database-dump';
import { addMember } from '../support/fixtures/org';
import { draftKey, must, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { addSession } from '../support/fixtures/sessions';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PARENT_UNIT, PERSONAS, SIBLING_UNIT, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const han = (n: number) => '学'.repeat(n);
const call = <T>(action: string, payload: unknown, openid: string) =>
  harness.call<T>('reflections', action, payload, openid);
/** A fresh member of the target unit, so limits and lists of one test never touch another's. */
const newWriter = async (name = '测试职工') => (await addMember(harness.stack.db, TARGET_UNIT, name)).openid;

/** Everything but the per-person rate-limit counters, which count every attempt by design. */
const storedState = async () =>
  JSON.parse(await dumpDatabase(harness.stack.db)) as Record<string, unknown[]> & { rate_limits?: unknown };

async function storedWithoutLimits(): Promise<string> {
  const { rate_limits: _counters, ...rest } = await storedState();
  return JSON.stringify(rest);
}

describe('writing a reflection', () => {
  it('submits a reflection that then waits for review, in the writer’s own list', async () => {
    const writer = await newWriter('林写作');
    const text = `${originalText(80)}\n\n${originalText(40)}`;
    const outcome = await submitNew(harness, writer, text, { title: '  我的学习体会  ' });
    expect(outcome.held).toBe(false);
    expect(outcome.reflection).toMatchObject({
      status: 'submitted',
      title: '我的学习体会',
      text,
      length: 122,
      authorName: '林写作',
      unitName: '青岛第二中学工会',
      mine: true,
      noticeId: SEED_NOTICE,
      noticeTitle: expect.stringContaining('群团改革工作座谈会精神'),
    });
    const mine = await must(call<CursorPage<ReflectionCard>>('listMine', {}, writer));
    expect(mine.items.map((item) => item._id)).toEqual([outcome.reflection._id]);
  });

  it('applies the length rules with Chinese text and emoji, on the server as on the phone', async () => {
    const writer = await newWriter();
    const short = await call(
      'submit',
      { draftKey: draftKey(), noticeId: SEED_NOTICE, text: han(49) },
      writer,
    );
    expect(short).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('至少 50 个字'),
    });
    const long = await call(
      'submit',
      { draftKey: draftKey(), noticeId: SEED_NOTICE, text: han(3_001) },
      writer,
    );
    expect(long).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('最多 3000 个字'),
    });
    const withEmoji = await must(
      call<SubmitOutcome>(
        'submit',
        { draftKey: draftKey(), noticeId: SEED_NOTICE, text: `${originalText(48)}👍🏽👨‍👩‍👧` },
        writer,
      ),
    );
    expect(withEmoji.reflection.length).toBe(50);
  });

  it('keeps one draft per draft key, however often it is saved', async () => {
    const writer = await newWriter();
    const key = draftKey();
    const first = await must(
      call<ReflectionView>('saveDraft', { draftKey: key, noticeId: SEED_NOTICE, text: '初稿' }, writer),
    );
    const again = await must(
      call<ReflectionView>(
        'saveDraft',
        { draftKey: key, noticeId: SEED_NOTICE, text: '初稿，再改一改' },
        writer,
      ),
    );
    expect(again._id).toBe(first._id);
    expect(again).toMatchObject({ status: 'draft', text: '初稿，再改一改' });
    const mine = await must(call<CursorPage<ReflectionCard>>('listMine', {}, writer));
    expect(mine.items).toHaveLength(1);
  });

  it('refuses a reflection on a notice that does not exist', async () => {
    const writer = await newWriter();
    expect(
      await call('submit', { draftKey: draftKey(), noticeId: 'notice-none', text: originalText() }, writer),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND', message: expect.stringContaining('通知') });
  });

  it('names a study session of the writer’s unit or one above, about this notice, and refuses any other', async () => {
    const writer = await newWriter();
    const db = harness.stack.db;
    const ownUnit = await addSession(db, TARGET_UNIT, { noticeId: SEED_NOTICE });
    const unitAbove = await addSession(db, PARENT_UNIT);
    const neighbour = await addSession(db, SIBLING_UNIT, { noticeId: SEED_NOTICE });
    const otherNotice = await addSession(db, TARGET_UNIT, { noticeId: 'notice-other-topic' });
    const before = await storedWithoutLimits();
    for (const sessionId of ['session-never-held', neighbour._id, otherNotice._id]) {
      for (const action of ['saveDraft', 'submit']) {
        const payload = { draftKey: draftKey(), noticeId: SEED_NOTICE, text: originalText(), sessionId };
        expect(await call(action, payload, writer)).toMatchObject({
          ok: false,
          code: 'INVALID_INPUT',
          message: expect.stringContaining('学习活动'),
        });
      }
    }
    expect(await storedWithoutLimits()).toBe(before);
    for (const session of [ownUnit, unitAbove]) {
      const outcome = await submitNew(harness, writer, originalText(), { sessionId: session._id });
      expect(outcome.reflection.sessionId).toBe(session._id);
    }
  });
});

describe('content check (msgSecCheck v2 through the real SDK)', () => {
  it('refuses risky text with CONTENT_REJECTED in plain words and stores nothing', async () => {
    const writer = await newWriter();
    await must(call('mySummary', {}, writer));
    const before = await storedWithoutLimits();
    const refused = await call(
      'submit',
      {
        draftKey: draftKey(),
        noticeId: SEED_NOTICE,
        text: `${originalText(60)}违禁词测试${originalText(10)}`,
      },
      writer,
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'CONTENT_REJECTED',
      message: expect.stringMatching(/未通过微信内容安全检测.*没有提交.*草稿仍然保留/),
    });
    expect(await storedWithoutLimits()).toBe(before);
  });

  it('leaves a saved draft as it was when its submission is refused', async () => {
    const writer = await newWriter();
    const draft = await must(
      call<ReflectionView>(
        'saveDraft',
        { draftKey: draftKey(), noticeId: SEED_NOTICE, text: '草稿内容' },
        writer,
      ),
    );
    const refused = await call(
      'submit',
      { reflectionId: draft._id, noticeId: SEED_NOTICE, text: `${originalText(60)}代开发票` },
      writer,
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'CONTENT_REJECTED',
      message: expect.stringContaining('欺诈'),
    });
    expect(await must(call<ReflectionView>('get', { reflectionId: draft._id }, writer))).toMatchObject({
      status: 'draft',
      text: '草稿内容',
    });
  });

  it('stores text WeChat wants a person to look at, held for the reviewer with a mark', async () => {
    const writer = await newWriter('贾复核');
    const outcome = await submitNew(harness, writer, `${originalText(60)}复核词测试${originalText(10)}`);
    expect(outcome.held).toBe(true);
    expect(outcome.reflection).toMatchObject({ status: 'submitted', contentHeld: true });
    const queue = await must(
      call<CursorPage<ReflectionView>>('listForReview', { unitId: TARGET_UNIT }, PERSONAS.unitAdmin),
    );
    expect(queue.items.find((item) => item._id === outcome.reflection._id)).toMatchObject({
      contentHeld: true,
      authorName: '贾复核',
    });
  });
});

describe('formalism check', () => {
  const reviewItem = async (id: string, admin: string = PERSONAS.parentAdmin) => {
    for (let cursor: string | undefined, page = 0; page < 10; page += 1) {
      const queue = await must(
        call<CursorPage<ReflectionView>>('listForReview', { unitId: 'unit-education', cursor }, admin),
      );
      const found = queue.items.find((item) => item._id === id);
      if (found) return found;
      if (!queue.nextCursor) break;
      cursor = queue.nextCursor;
    }
    throw new Error(`${id} not in the review queue`);
  };

  it('marks a reflection mostly copied from the notice, with its score', async () => {
    const longest = demoNotice()
      .body.split('\n')
      .sort((a, b) => b.length - a.length)[0];
    const copied = longest.slice(0, 180);
    const outcome = await submitNew(harness, await newWriter(), copied);
    expect(outcome.reflection.similarity).toBeNull();
    const item = await reviewItem(outcome.reflection._id);
    expect(item.similarity).toMatchObject({ resembles: 'notice', reflection: null });
    expect(item.similarity!.score).toBeGreaterThan(0.9);
  });

  it('marks a reflection mostly copied from another member’s, naming it for a reviewer in scope', async () => {
    const text = originalText(150);
    const first = await submitNew(harness, await newWriter('原作者'), text);
    const copy = `我的体会：${text.slice(0, 70)}${text.slice(75)}`;
    const second = await submitNew(harness, await newWriter('抄写者'), copy);
    const item = await reviewItem(second.reflection._id);
    expect(item.similarity).toMatchObject({
      resembles: 'reflection',
      reflection: { reflectionId: first.reflection._id, authorName: '原作者', unitName: '青岛第二中学工会' },
    });
    expect(item.similarity!.score).toBeGreaterThanOrEqual(0.5);
  });

  it('does not mark an original reflection', async () => {
    const outcome = await submitNew(harness, await newWriter(), originalText(150));
    expect((await reviewItem(outcome.reflection._id)).similarity).toBeNull();
  });
});

describe('photos', () => {
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);

  it('uploads a photo through the function and shows it on the reflection', async () => {
    const writer = await newWriter();
    const photo = await must(
      call<UploadedPhoto>(
        'uploadPhoto',
        { contentType: 'image/jpeg', contentBase64: jpeg.toString('base64') },
        writer,
      ),
    );
    expect(photo.bytes).toBe(jpeg.length);
    const outcome = await submitNew(harness, writer, originalText(), { photoFileIds: [photo.fileId] });
    expect(outcome.reflection.photos).toEqual([{ fileId: photo.fileId, url: expect.any(String) }]);
    const download = await fetch(encodeURI(outcome.reflection.photos[0].url));
    expect(Buffer.from(await download.arrayBuffer()).equals(jpeg)).toBe(true);
  });

  it('refuses bytes that are not the image they claim to be', async () => {
    const writer = await newWriter();
    expect(
      await call('uploadPhoto', { contentType: 'image/png', contentBase64: jpeg.toString('base64') }, writer),
    ).toMatchObject({ ok: false, code: 'PHOTO_INVALID', message: expect.stringContaining('JPG 或 PNG') });
  });

  it('refuses another member’s photo in a reflection', async () => {
    const owner = await newWriter();
    const photo = await must(
      call<UploadedPhoto>(
        'uploadPhoto',
        { contentType: 'image/jpeg', contentBase64: jpeg.toString('base64') },
        owner,
      ),
    );
    const other = await newWriter();
    expect(
      await call(
        'submit',
        { draftKey: draftKey(), noticeId: SEED_NOTICE, text: originalText(), photoFileIds: [photo.fileId] },
        other,
      ),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND', message: expect.stringContaining('图片') });
  });
});

describe('rate limit on writing', () => {
  it(
    'cuts off a burst of 100 reflections in a minute with a clear message',
    { timeout: 180_000 },
    async () => {
      // Fixtures first: the test process's own SDK calls are not shifted with the pinned clock.
      const writer = await newWriter();
      harness.stack.setClock(new Date('2026-11-26T02:00:05.000Z'));
      try {
        const answers: { ok: boolean; code?: string; message?: string }[] = [];
        for (let start = 0; start < 100; start += 10) {
          answers.push(
            ...(await Promise.all(
              Array.from({ length: 10 }, () =>
                call(
                  'submit',
                  { draftKey: draftKey(), noticeId: SEED_NOTICE, text: originalText(60) },
                  writer,
                ),
              ),
            )),
          );
        }
        expect(answers.filter((answer) => answer.ok)).toHaveLength(30);
        const refused = answers.filter((answer) => !answer.ok);
        expect(refused).toHaveLength(70);
        expect(refused[0]).toMatchObject({
          code: 'RATE_LIMITED',
          message: '保存和提交心得太频繁，请在 10:01 后再试',
        });
      } finally {
        harness.stack.setClock(null);
      }
    },
  );
});
