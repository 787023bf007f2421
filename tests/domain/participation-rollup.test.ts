import { describe, expect, it } from 'vitest';
import { rate, rollUp, type OwnRecords } from '../../cloudfunctions/shared/stats/figures';

// 市总工会 R ─┬─ A ─┬─ A1
//            │     └─ A2
//            └─ B
const UNITS = [
  { _id: 'R', path: ['R'] },
  { _id: 'A', path: ['R', 'A'] },
  { _id: 'A1', path: ['R', 'A', 'A1'] },
  { _id: 'A2', path: ['R', 'A', 'A2'] },
  { _id: 'B', path: ['R', 'B'] },
];
const NOTICES = [{ _id: 'N', targetUnitIds: ['A'] }];

function own(): OwnRecords {
  return {
    members: new Map([
      ['R', 1],
      ['A', 2],
      ['A1', 3],
      ['A2', 4],
      ['B', 5],
    ]),
    reading: new Map([
      ['A1', new Map([['N', { opened: 3, finished: 2, confirmed: 1 }]])],
      ['A2', new Map([['N', { opened: 1, finished: 0, confirmed: 0 }]])],
    ]),
    activities: [
      { unitId: 'A', kind: 'meeting', attended: 6 },
      { unitId: 'A1', kind: 'class', attended: 2 },
      { unitId: 'B', kind: 'lecture', attended: 5 },
    ],
    reflections: new Map([
      ['A1', { submitted: 2, published: 1, featured: 0 }],
      ['B', { submitted: 1, published: 1, featured: 1 }],
    ]),
  };
}

describe('participation rolled up the unit tree', () => {
  const figures = rollUp(UNITS, NOTICES, own());

  it('adds every sub-unit into its parents, against figures worked out by hand', () => {
    const a = figures.get('A');
    expect(a?.members).toBe(9);
    expect(a?.reading.N).toEqual({ expected: 9, opened: 4, finished: 2, confirmed: 1 });
    // A's meeting expects A's whole subtree (9), A1's class A1's members (3).
    expect(a?.sessions).toMatchObject({ held: 2, attended: 8, expected: 12 });
    expect(a?.sessions.byKind).toMatchObject({ meeting: 1, class: 1, lecture: 0 });
    expect(a?.reflections).toEqual({ submitted: 2, published: 1, featured: 0 });

    const root = figures.get('R');
    expect(root?.members).toBe(15);
    // Only units inside the notice's target count as expected readers.
    expect(root?.reading.N).toEqual({ expected: 9, opened: 4, finished: 2, confirmed: 1 });
    expect(root?.sessions).toMatchObject({ held: 3, attended: 13, expected: 17 });
    expect(root?.reflections).toEqual({ submitted: 3, published: 2, featured: 1 });
  });

  it('gives a leaf its own figures only, and expects nothing of a unit outside the targets', () => {
    expect(figures.get('A2')?.members).toBe(4);
    expect(figures.get('A2')?.sessions.held).toBe(0);
    expect(figures.get('B')?.reading.N.expected).toBe(0);
    expect(figures.get('B')?.sessions).toMatchObject({ held: 1, attended: 5, expected: 5 });
  });

  it('reports no rate rather than 0 % when nothing was expected', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(13, 17)).toBeCloseTo(0.7647, 4);
  });
});
