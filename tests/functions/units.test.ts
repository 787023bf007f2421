import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../cloudfunctions/shared/org/unit';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

describe('unit editing', () => {
  it('creates a top-level unit only with one of the three addressee kinds', async () => {
    const withoutKind = await harness.call(
      'org',
      'createUnit',
      { parentId: 'unit-root', name: '新设部门' },
      PERSONAS.federationAdmin,
    );
    expect(withoutKind).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('单位类型'),
    });
    const created = await harness.call<Unit>(
      'org',
      'createUnit',
      { parentId: 'unit-root', name: '新设部门', kind: 'department', code: 'JG-XS' },
      PERSONAS.federationAdmin,
    );
    expect(created).toMatchObject({
      ok: true,
      data: { kind: 'department', depth: 1, path: ['unit-root', expect.any(String)] },
    });
  });

  it('gives a sub-unit its parent kind and refuses a different one', async () => {
    const created = await harness.call<Unit>(
      'org',
      'createUnit',
      { parentId: TARGET_UNIT, name: '高一年级组' },
      PERSONAS.unitAdmin,
    );
    expect(created).toMatchObject({
      ok: true,
      data: { kind: 'municipal_union', parentId: TARGET_UNIT, depth: 4 },
    });
    const mismatched = await harness.call(
      'org',
      'createUnit',
      { parentId: TARGET_UNIT, name: '高二年级组', kind: 'institution' },
      PERSONAS.unitAdmin,
    );
    expect(mismatched).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('refuses a sibling with the same name and a code already in use, and renames a unit', async () => {
    expect(
      await harness.call(
        'org',
        'createUnit',
        { parentId: 'unit-education', name: '青岛第二中学工会' },
        PERSONAS.parentAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('已有名为') });
    expect(
      await harness.call(
        'org',
        'updateUnit',
        { unitId: TARGET_UNIT, name: '青岛二中工会', code: 'SZ-JY-58' },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('SZ-JY-58') });
    expect(
      await harness.call<Unit>(
        'org',
        'updateUnit',
        { unitId: TARGET_UNIT, name: '青岛二中工会', code: 'SZ-JY-02' },
        PERSONAS.unitAdmin,
      ),
    ).toMatchObject({ ok: true, data: { name: '青岛二中工会' } });
  });
});
