import { useEffect, useMemo } from 'react';
import { Canvas, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { drawChart, type Canvas2D, type ChartSpec } from '../../lib/draw-chart';
import './stats-chart.scss';

export interface StatsChartProps {
  /** Unique on the page: the canvas is found by it. */
  canvasId: string;
  spec: ChartSpec;
  /** What the chart shows, in words, for screen readers and when nothing can be drawn. */
  label: string;
}

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): (Canvas2D & { scale(x: number, y: number): void }) | null;
  getBoundingClientRect?(): { width: number; height: number };
}

function pixelRatio(): number {
  try {
    return Taro.getWindowInfo().pixelRatio;
  } catch {
    return Taro.getSystemInfoSync().pixelRatio;
  }
}

/**
 * A `<Canvas type="2d">` drawn by draw-chart.ts in both builds: WeChat hands the node over through a
 * selector query; Taro's H5 query returns it without a size, so it is measured in the page.
 */
export function StatsChart({ canvasId, spec, label }: StatsChartProps) {
  const key = useMemo(() => JSON.stringify(spec), [spec]);
  useEffect(() => {
    let cancelled = false;
    const draw = () => {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .exec((result: unknown[]) => {
          const found = result?.[0] as { node?: CanvasNode; width?: number; height?: number } | null;
          const node = found?.node;
          if (cancelled || !node) return;
          const box = node.getBoundingClientRect?.();
          const width = found?.width || box?.width || 300;
          const height = found?.height || box?.height || 180;
          const ratio = pixelRatio();
          node.width = Math.round(width * ratio);
          node.height = Math.round(height * ratio);
          const context = node.getContext('2d');
          if (!context) return;
          context.scale(ratio, ratio);
          drawChart(context, width, height, JSON.parse(key) as ChartSpec);
        });
    };
    Taro.nextTick(draw);
    return () => {
      cancelled = true;
    };
  }, [canvasId, key]);
  return (
    <View className="stats-chart" ariaLabel={label}>
      <Canvas type="2d" id={canvasId} className="stats-chart__canvas" />
      <Text className="stats-chart__caption">{label}</Text>
    </View>
  );
}
