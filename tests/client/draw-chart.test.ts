import { describe, expect, it } from 'vitest';
import { drawChart, type Canvas2D } from '../../client/src/features/stats/lib/draw-chart';

/** A context that records what was drawn, as WeChat's and the browser's canvases would receive it. */
function recorder() {
  const calls: { op: string; args: unknown[]; fill: unknown }[] = [];
  const context = {
    fillStyle: '' as unknown,
    strokeStyle: '' as unknown,
    lineWidth: 1,
    font: '',
    textAlign: '',
    textBaseline: '',
  } as Canvas2D;
  for (const op of [
    'clearRect',
    'fillRect',
    'fillText',
    'beginPath',
    'moveTo',
    'lineTo',
    'arc',
    'stroke',
    'fill',
  ]) {
    (context as unknown as Record<string, unknown>)[op] = (...args: unknown[]) =>
      calls.push({ op, args, fill: context.fillStyle });
  }
  return { context, calls };
}

describe('the Canvas 2D chart', () => {
  it('draws one bar per unit with a rate, in the alert colour when lagging, none for “no rate”', () => {
    const { context, calls } = recorder();
    drawChart(context, 300, 180, {
      kind: 'bars',
      threshold: 0.6,
      data: [
        { label: '一中', value: 1 },
        { label: '二中', value: 0.5, highlight: true },
        { label: '三中', value: null },
      ],
    });
    const bars = calls.filter((call) => call.op === 'fillRect');
    expect(bars).toHaveLength(2);
    expect(bars.map((bar) => bar.fill)).toEqual(['#c8161d', '#fa8c16']);
    // The full bar reaches the top of the plot (12 px padding), the half bar half as high.
    const [full, half] = bars.map((bar) => bar.args as number[]);
    expect(full[1]).toBe(12);
    expect(half[3]).toBeCloseTo(full[3] / 2, 6);
    expect(calls.filter((call) => call.op === 'fillText').map((call) => call.args[0])).toEqual(
      expect.arrayContaining(['一中', '二中', '三中', '100%', '0%']),
    );
  });

  it('breaks the trend line where a week had nothing to measure', () => {
    const { context, calls } = recorder();
    drawChart(context, 320, 180, {
      kind: 'line',
      data: [
        { label: '11-02', value: 0.2 },
        { label: '11-09', value: 0.4 },
        { label: '11-16', value: null },
        { label: '11-23', value: 0.9 },
      ],
    });
    expect(calls.filter((call) => call.op === 'moveTo').length).toBeGreaterThanOrEqual(2 + 3);
    expect(calls.filter((call) => call.op === 'arc')).toHaveLength(3);
  });
});
