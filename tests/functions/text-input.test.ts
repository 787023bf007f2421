import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../cloudfunctions/shared/org/unit';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { PERSONAS, TARGET_UNIT } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

const unitCount = async () =>
  ((await harness.stack.db.collection('units').count()) as { total: number }).total;

describe('what people type is checked once, in the shared sanitiser, before anything is written', () => {
  it.each([
    '工会\u0000名称',
    '工会\uD800名称',
    '\u202E会工二第',
    '\u200B\u200C\u200D',
    '=HYPERLINK("http://evil","点我")',
    '@SUM(1+1)',
  ])('refuses the unit name %j and creates nothing', async (name) => {
    const before = await unitCount();
    const result = await harness.call<Unit>(
      'org',
      'createUnit',
      { parentId: TARGET_UNIT, name, code: null },
      PERSONAS.unitAdmin,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('单位名称'),
    });
    expect(await unitCount()).toBe(before);
  });

  it.each(['··', '张\u0000三', '\u2066李四\u2069', '=cmd'])('refuses the member name %j', async (name) => {
    const result = await harness.call('account', 'updateProfile', { name }, PERSONAS.member);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const me = await harness.call<{ member: { name: string } }>('account', 'me', {}, PERSONAS.member);
    expect(me.ok && me.data.member.name).not.toBe(name);
  });

  it('stores the normalised form of acceptable text', async () => {
    const result = await harness.call<Unit>(
      'org',
      'createUnit',
      { parentId: TARGET_UNIT, name: '  初三\u3000 年级组  ', code: null },
      PERSONAS.unitAdmin,
    );
    expect(result).toMatchObject({ ok: true, data: { name: '初三 年级组' } });
  });

  it('refuses a staff number another member of the unit already has, by the field', async () => {
    const result = await harness.call(
      'account',
      'updateProfile',
      { name: '测试重号', staffNo: 'T-7788' },
      'demo-openid-education-2',
    );
    expect(result.ok).toBe(true);
    const clash = await harness.call(
      'account',
      'updateProfile',
      { name: '测试重号', staffNo: 'T-7788' },
      'demo-openid-education-3',
    );
    expect(clash).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      details: [{ path: 'staffNo', message: expect.stringContaining('工号') }],
    });
  });
});
