import { describe, expect, it } from 'vitest';
import { demoNotice } from '../../cloudfunctions/local/seed/notices';
import {
  assessResemblance,
  bandKeys,
  containment,
  shinglesOf,
  sketchText,
} from '../../cloudfunctions/shared/reflections/similarity';

const notice = demoNotice();
const noticeShingles = shinglesOf(`${notice.title}\n${notice.body}`);

const ORIGINAL =
  '我是公交集团的一名驾驶员。学习通知以后，我最大的感受是工会工作要落到职工身边的小事上。车队今年在首末站建起了爱心驿站，冬天有热水，夏天有绿豆汤，司机们歇脚时能喝口热的、看看安全案例。我打算把大家对排班和就餐的意见收集起来，通过职代会提出来。';
const ANOTHER =
  '作为医院的护士，我体会最深的是“以职工为本”。夜班结束后，工会设的小憩角让大家能喝上一碗热汤。我们科室准备把夜班通勤和孩子假期托管的难处整理成建议，交给医院工会，也希望通过学习让更多年轻护士愿意参与工会活动，把身边的事情一件件办好。';

describe('the formalism check', () => {
  it('finds a reflection copied from the notice, punctuation changes notwithstanding', () => {
    const longestParagraph = notice.body.split('\n').reduce((a, b) => (b.length > a.length ? b : a));
    const copied = longestParagraph.slice(0, 200).replace(/，/g, ',');
    const sketch = sketchText(copied, noticeShingles);
    expect(sketch.noticeOverlap).toBeGreaterThan(0.9);
    const verdict = assessResemblance(sketch, []);
    expect(verdict).toMatchObject({ suspected: true, resembles: 'notice' });
    expect(verdict.score).toBeGreaterThan(0.9);
  });

  it('finds a reflection mostly copied from a colleague’s, with a few words changed', () => {
    const earlier = sketchText(ORIGINAL, noticeShingles);
    const copy = ORIGINAL.replace('我是公交集团的一名驾驶员', '我在公交集团开车').replace('我打算', '我准备');
    const verdict = assessResemblance(sketchText(copy, noticeShingles), [
      { reflectionId: 'a', signature: earlier.signature },
    ]);
    expect(verdict).toMatchObject({
      suspected: true,
      resembles: 'reflection',
      closest: { reflectionId: 'a' },
    });
    expect(verdict.score).toBeGreaterThanOrEqual(0.5);
    // The band index would have found it: the two sketches share a band key.
    const copyBands = new Set(sketchText(copy, noticeShingles).bands);
    expect(earlier.bands.some((band) => copyBands.has(band))).toBe(true);
  });

  it('does not mark an original reflection', () => {
    const earlier = sketchText(ORIGINAL, noticeShingles);
    const verdict = assessResemblance(sketchText(ANOTHER, noticeShingles), [
      { reflectionId: 'a', signature: earlier.signature },
    ]);
    expect(verdict.suspected).toBe(false);
    expect(verdict.noticeOverlap).toBeLessThan(0.2);
    expect(verdict.closest?.score ?? 0).toBeLessThan(0.2);
  });

  it('does not call two members copies of each other for quoting the same sentence of the notice', () => {
    const quote = '要把“职工之家”“娘家人”的称号做得更实更真。';
    const first = sketchText(`通知里说${quote}${ORIGINAL}`, noticeShingles);
    const verdict = assessResemblance(sketchText(`${quote}${ANOTHER}`, noticeShingles), [
      { reflectionId: 'a', signature: first.signature },
    ]);
    expect(verdict.suspected).toBe(false);
  });

  it('ignores spacing, punctuation and letter case', () => {
    expect(containment(shinglesOf('学习 贯彻，Ａbc精神！'), shinglesOf('学习贯彻abc精神'))).toBe(1);
  });

  it('keeps a sketch small: 60 numbers and 20 band keys', () => {
    const sketch = sketchText(ORIGINAL, noticeShingles);
    expect(sketch.signature).toHaveLength(60);
    expect(sketch.bands).toHaveLength(20);
    expect(bandKeys(sketch.signature!)).toEqual(sketch.bands);
  });
});
