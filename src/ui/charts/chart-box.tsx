// The chart frame's plot area: one legend in HTML above the plot (words beside each swatch), the plot filling the rest.
import { memo, type ReactNode } from 'react';
import { useNearViewport } from './near-viewport';
import './charts.css';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  /** A filled box for bars, a line for a series, a dashed line for a goal. */
  readonly kind?: 'box' | 'line' | 'dashed';
}

/**
 * Drawn as HTML rather than Recharts' <Legend>, which measures itself with a forced layout on every render: with
 * many charts that cost more than the rest of a filter change.
 */
export const ChartLegend = memo(function ChartLegend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((i) => (
        <li key={i.label}>
          <span
            className={`chart-legend__swatch chart-legend__swatch--${i.kind ?? 'box'}`}
            style={i.kind === 'line' || i.kind === 'dashed' ? { borderColor: i.color } : { background: i.color }}
            aria-hidden="true"
          />
          {i.label}
        </li>
      ))}
    </ul>
  );
});

/**
 * The chart area of a figure: the legend, then the plot filling the rest of the fixed height. The plot is drawn only
 * while the figure is on or near the screen: Recharts redraws a chart on every change of its data, and most charts
 * are out of sight. The title, summary and table alternative are always there.
 */
export function ChartBox({ legend, children }: { readonly legend: readonly LegendItem[]; readonly children: ReactNode }) {
  const [ref, near] = useNearViewport();
  return (
    <div className="chart-box" ref={ref}>
      <ChartLegend items={legend} />
      <div className="chart-box__plot">{near ? children : null}</div>
    </div>
  );
}
