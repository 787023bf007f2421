/**
 * The one chart module: bars of rates by unit and a line of the weekly trend, drawn with the Canvas 2D calls
 * WeChat's `<Canvas type="2d">` and the browser's canvas both have. No chart library (echarts alone is
 * 1.1 MB); the admin subpackage carries these few hundred lines instead.
 */
export interface Canvas2D {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  stroke(): void;
  fill(): void;
  setLineDash?(segments: number[]): void;
}

export interface ChartDatum {
  label: string;
  /** A rate 0…1; null when there was nothing to count (drawn as a gap, never as 0). */
  value: number | null;
  /** Drawn in the alert colour: a unit below the threshold. */
  highlight?: boolean;
}

export interface ChartSpec {
  kind: 'bars' | 'line';
  data: ChartDatum[];
  /** A dashed line at this rate (the federation's threshold). */
  threshold?: number | null;
}

const COLORS = {
  axis: '#d9d9d9',
  text: '#595959',
  bar: '#c8161d',
  alert: '#fa8c16',
  line: '#c8161d',
  threshold: '#8c8c8c',
};

const PAD = { left: 36, right: 8, top: 12, bottom: 36 };

function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

function axes(ctx: Canvas2D, width: number, height: number) {
  const plotW = width - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  ctx.strokeStyle = COLORS.axis;
  ctx.lineWidth = 1;
  ctx.fillStyle = COLORS.text;
  ctx.font = '10px sans-serif';
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const tick of [0, 0.5, 1]) {
    const y = PAD.top + plotH * (1 - tick);
    ctx.beginPath();
    ctx.moveTo(PAD.left, y);
    ctx.lineTo(width - PAD.right, y);
    ctx.stroke();
    ctx.fillText(`${tick * 100}%`, PAD.left - 4, y);
  }
  return { plotW, plotH, y: (value: number) => PAD.top + plotH * (1 - Math.max(0, Math.min(1, value))) };
}

function thresholdLine(ctx: Canvas2D, width: number, y: number) {
  ctx.strokeStyle = COLORS.threshold;
  ctx.setLineDash?.([4, 3]);
  ctx.beginPath();
  ctx.moveTo(PAD.left, y);
  ctx.lineTo(width - PAD.right, y);
  ctx.stroke();
  ctx.setLineDash?.([]);
}

/** Draws the chart in CSS pixels (the caller scales the context by the device's pixel ratio). */
export function drawChart(ctx: Canvas2D, width: number, height: number, spec: ChartSpec): void {
  ctx.clearRect(0, 0, width, height);
  const { plotW, y } = axes(ctx, width, height);
  const count = Math.max(1, spec.data.length);
  const step = plotW / count;
  const maxLabel = Math.max(2, Math.floor(step / 10));
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  spec.data.forEach((datum, index) => {
    ctx.fillStyle = COLORS.text;
    ctx.fillText(shorten(datum.label, maxLabel), PAD.left + step * (index + 0.5), height - PAD.bottom + 6);
  });
  if (spec.kind === 'bars') {
    const barW = Math.max(4, step * 0.6);
    spec.data.forEach((datum, index) => {
      if (datum.value === null) return;
      const top = y(datum.value);
      ctx.fillStyle = datum.highlight ? COLORS.alert : COLORS.bar;
      ctx.fillRect(PAD.left + step * (index + 0.5) - barW / 2, top, barW, y(0) - top);
    });
  } else {
    ctx.strokeStyle = COLORS.line;
    ctx.lineWidth = 2;
    ctx.beginPath();
    let drawing = false;
    spec.data.forEach((datum, index) => {
      if (datum.value === null) {
        drawing = false;
        return;
      }
      const x = PAD.left + step * (index + 0.5);
      if (drawing) ctx.lineTo(x, y(datum.value));
      else ctx.moveTo(x, y(datum.value));
      drawing = true;
    });
    ctx.stroke();
    ctx.fillStyle = COLORS.line;
    spec.data.forEach((datum, index) => {
      if (datum.value === null) return;
      ctx.beginPath();
      ctx.arc(PAD.left + step * (index + 0.5), y(datum.value), 3, 0, Math.PI * 2);
      ctx.fill();
    });
  }
  if (spec.threshold !== undefined && spec.threshold !== null) thresholdLine(ctx, width, y(spec.threshold));
}
