import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UploadedPhoto } from '../../cloudfunctions/shared/reflections/reflection';
import { dumpDatabase } from '../support/database-dump';
import { addMember } from '../support/fixtures/org';
import { must, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

describe('deleting an account erases the person’s reflections', () => {
  it('removes their texts, photos and sketches, and keeps the unit’s figures', async () => {
    const writer = await addMember(harness.stack.db, TARGET_UNIT, '吴注销');
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
    const photo = await must(
      harness.call<UploadedPhoto>(
        'reflections',
        'uploadPhoto',
        { contentType: 'image/jpeg', contentBase64: jpeg.toString('base64') },
        writer.openid,
      ),
    );
    const text = `独一无二的心得${originalText(80)}`;
    const { reflection } = await submitNew(harness, writer.openid, text, { photoFileIds: [photo.fileId] });
    await must(
      harness.call(
        'reflections',
        'review',
        { reflectionId: reflection._id, decision: 'publish' },
        PERSONAS.unitAdmin,
      ),
    );
    await must(harness.call('reflections', 'like', { reflectionId: reflection._id }, PERSONAS.member));
    await must(
      harness.call(
        'reflections',
        'saveDraft',
        { draftKey: 'erasure-draft-1', noticeId: SEED_NOTICE, text: '未交的草稿' },
        writer.openid,
      ),
    );

    expect(await harness.call('account', 'deleteAccount', { confirm: '确认注销' }, writer.openid)).toEqual({
      ok: true,
      data: { deleted: true },
    });
    const stored = await dumpDatabase(harness.stack.db);
    for (const trace of [text, '未交的草稿', photo.fileId, '吴注销']) expect(stored).not.toContain(trace);
    expect((await fetch(encodeURI(photo.url))).status).toBe(404);
    const link = await harness.stack.db
      .collection('reflection_submissions')
      .where({ memberId: writer._id })
      .get();
    expect((link as unknown as { data: { handedIn: number }[] }).data).toEqual([
      expect.objectContaining({ handedIn: 1 }),
    ]);
    expect(
      await harness.call('reflections', 'get', { reflectionId: reflection._id }, PERSONAS.member),
    ).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
