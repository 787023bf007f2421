import { describe, expect, it } from 'vitest';
import { countCharacters } from '../../cloudfunctions/shared/platform/text';
import { reflectionsContract } from '../../cloudfunctions/shared/reflections/contract';
import { submittedTextSchema } from '../../cloudfunctions/shared/reflections/text-rules';
import {
  next,
  REFLECTION_STATUSES,
  type ReflectionMove,
} from '../../cloudfunctions/shared/reflections/status';
import '../../cloudfunctions/shared/platform/zod-locale';

const han = (n: number) => '学'.repeat(n);

describe('a reflection’s length, counted as a person counts', () => {
  it('counts a Chinese character, a letter and an emoji as one each, however the emoji is built', () => {
    expect(countCharacters('学习a👍')).toBe(4);
    expect(countCharacters('👍🏽')).toBe(1);
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
    expect(countCharacters('❤️')).toBe(1);
    expect(countCharacters('1️⃣')).toBe(1);
    expect(countCharacters('🇨🇳🇨🇳')).toBe(2);
    expect(countCharacters('é')).toBe(1);
    expect(countCharacters('e\u0301')).toBe(1);
  });

  it('takes 50 to 3,000 characters of Chinese text', () => {
    expect(submittedTextSchema.safeParse(han(49)).success).toBe(false);
    expect(submittedTextSchema.safeParse(han(50)).success).toBe(true);
    expect(submittedTextSchema.safeParse(han(3_000)).success).toBe(true);
    const tooLong = submittedTextSchema.safeParse(han(3_001));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0].message).toBe('心得正文最多 3000 个字');
    expect(submittedTextSchema.safeParse(han(10)).error?.issues[0].message).toBe('心得正文至少 50 个字');
  });

  it('counts emoji as one character each at the limits', () => {
    // 49 characters and one family emoji of five code points: 50 as a person counts, 54 code points.
    expect(submittedTextSchema.safeParse(`${han(49)}👨‍👩‍👧`).success).toBe(true);
    expect(submittedTextSchema.safeParse(`${han(48)}👍`).success).toBe(false);
    // 2,999 characters and a skin-toned thumb (two code points, four UTF-16 units): still 3,000.
    expect(submittedTextSchema.safeParse(`${han(2_999)}👍🏽`).success).toBe(true);
    expect(submittedTextSchema.safeParse(`${han(2_999)}👍🏽👍`).success).toBe(false);
  });

  it('does not count surrounding blanks and refuses text of blanks only', () => {
    expect(submittedTextSchema.safeParse(`   ${han(49)}   `).success).toBe(false);
    expect(submittedTextSchema.safeParse('\u3000'.repeat(60)).success).toBe(false);
  });

  it('refuses a fourth photo in the contract itself', () => {
    const submit = reflectionsContract.submit.input.safeParse({
      draftKey: 'abcdefgh12',
      noticeId: 'notice-1',
      text: han(60),
      photoFileIds: ['a', 'b', 'c', 'd'],
    });
    expect(submit.success).toBe(false);
    expect(submit.error?.issues[0].message).toBe('最多上传 3 张图片');
  });
});

describe('the state machine', () => {
  const allowed: [string | null, ReflectionMove, string][] = [
    [null, 'saveDraft', 'draft'],
    [null, 'submit', 'submitted'],
    ['draft', 'saveDraft', 'draft'],
    ['draft', 'submit', 'submitted'],
    ['submitted', 'withdraw', 'draft'],
    ['submitted', 'publish', 'published'],
    ['submitted', 'return', 'returned'],
    ['returned', 'saveDraft', 'draft'],
    ['returned', 'submit', 'submitted'],
    ['published', 'feature', 'featured'],
  ];

  it('allows exactly the listed moves', () => {
    const moves: ReflectionMove[] = ['saveDraft', 'submit', 'withdraw', 'publish', 'return', 'feature'];
    for (const from of [null, ...REFLECTION_STATUSES]) {
      for (const move of moves) {
        const expected = allowed.find(([f, m]) => f === from && m === move)?.[2] ?? null;
        expect(next(from, move), `${from} --${move}→`).toBe(expected);
      }
    }
  });
});
