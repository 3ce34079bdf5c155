// A chart's series from one list: the legend's entries and the bars drawn for them.
import { Bar, type BarProps } from 'recharts';
import type { LegendItem } from './chart-box';

/** One series: the row's figure it draws (`key`), its name in the legend and tooltip, its colour. */
export interface BarSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
}

/** The legend of the series: a box each. */
export const seriesLegend = (series: readonly BarSeries[]): LegendItem[] => series.map((s) => ({ label: s.name, color: s.color }));

/**
 * One bar per series, as elements placed straight inside a Recharts chart. `extra` adds the same props to each bar
 * (a stack, a click handler, a class); `shapes` gives a series its own bar shape.
 */
export function seriesBars(
  series: readonly BarSeries[],
  extra: Partial<Omit<BarProps, 'ref'>> = {},
  shapes?: Readonly<Record<string, BarProps['shape']>>,
) {
  return series.map((s) => (
    <Bar
      key={s.key}
      dataKey={s.key}
      name={s.name}
      fill={s.color}
      isAnimationActive={false}
      {...extra}
      {...(shapes && { shape: shapes[s.key] })}
    />
  ));
}
