// A chart legend in HTML, under the plot: text beside a swatch (a filled square, or a line with its dash pattern).
// Recharts' own legend measures itself on every update, which forces a page layout; this one costs nothing.
import { memo } from 'react';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  /** A line series (with its SVG dash pattern, if any) rather than a filled bar. */
  readonly line?: { readonly dash?: string };
}

export const ChartLegend = memo(function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="ntm-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="22" height="12" aria-hidden="true" focusable="false">
            {item.line ? (
              <line x1="1" y1="6" x2="21" y2="6" stroke={item.color} strokeWidth="3" strokeDasharray={item.line.dash} />
            ) : (
              <rect x="5" y="0" width="12" height="12" fill={item.color} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
});

/** Lays out a chart's plot above its legend inside ChartFigure's fixed-height box. */
export function PlotWithLegend({ items, children }: { items: readonly LegendItem[]; children: React.ReactNode }) {
  return (
    <div className="ntm-chart">
      <div className="ntm-chart__plot">{children}</div>
      <ChartLegend items={items} />
    </div>
  );
}
