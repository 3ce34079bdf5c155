// The two plots every chart is drawn on: years along the bottom (upright bars), or categories down the side (lying
// bars). Each takes rows already computed and the marks to draw (bars, goal lines) as its children.
import type { ReactNode } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type XAxisProps } from 'recharts';
import type { DocumentIndex } from '../../domain/document-index';
import { GRID_COLOR } from '../chart-colors';
import type { ValueAxis } from './axis-format';
import { selectedBands } from './marks';
import {
  CATEGORY_TICK,
  CategoryAxisProvider,
  VALUE_TICK,
  YEAR_TICK,
  YearAxisProvider,
  yearInterval,
  type CategoryAxis,
  type YearAxis,
} from './ticks';

type Domain = XAxisProps['domain'];

/** The props of a value axis, the same on both plots: every tick, whole numbers, the axis's own formatter. */
const valueAxis = (value: ValueAxis) => ({
  interval: 0,
  allowDecimals: false,
  domain: value.domain as Domain,
  ticks: value.ticks as number[] | undefined,
  tickFormatter: value.format,
  tick: VALUE_TICK,
});

interface Margin {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

interface Common {
  readonly data: readonly object[];
  readonly value: ValueAxis;
  readonly margin: Margin;
  /** Width of the axis down the side, in px. */
  readonly width: number;
  readonly children: ReactNode;
}

/** Years along the bottom; `axis.selected` (when a year) gets a band behind it and a marked tick. */
export function YearPlot({ data, value, margin, width, axis, height = 32, children }: Common & { axis: YearAxis; height?: number }) {
  return (
    <YearAxisProvider value={axis}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data as object[]} margin={margin}>
          <CartesianGrid stroke={GRID_COLOR} vertical={false} />
          {Number.isNaN(axis.selected) ? null : selectedBands([axis.selected], false)}
          <XAxis dataKey="year" tick={YEAR_TICK} interval={yearInterval(data.length)} height={height} />
          <YAxis {...valueAxis(value)} width={width} />
          <Tooltip formatter={value.tip} />
          {children}
        </ComposedChart>
      </ResponsiveContainer>
    </YearAxisProvider>
  );
}

/** Categories down the side (by `dataKey`); the selected ones (`axis.selected`) get a band and a marked tick. */
export function CategoryPlot({
  data,
  value,
  margin,
  width,
  dataKey = 'label',
  axis,
  children,
}: Common & { dataKey?: string; axis?: CategoryAxis }) {
  const plot = (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data as object[]} layout="vertical" margin={margin}>
        <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
        {axis ? selectedBands([...axis.selected], true) : null}
        <XAxis type="number" {...valueAxis(value)} />
        <YAxis type="category" dataKey={dataKey} width={width} interval={0} tick={CATEGORY_TICK} />
        <Tooltip formatter={value.tip} />
        {children}
      </ComposedChart>
    </ResponsiveContainer>
  );
  return axis ? <CategoryAxisProvider value={axis}>{plot}</CategoryAxisProvider> : plot;
}

/** What every chart over the years is given: the document, the selected year and the rows, one per year. */
export interface YearChartProps<Row> {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly rows: readonly Row[];
}
