export { StatsChart } from './stats-chart';
export type { StatsChartProps } from './stats-chart';
