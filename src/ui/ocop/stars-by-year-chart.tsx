// Recognised (valid) OCOP products at the end of each year, stacked by stars, with the selected year marked.
import { useMemo } from 'react';
import type { OcopYearRow } from '../../domain/ocop/by-year';
import { ChartFigure } from '../chart-figure';
import { YearPlot, type YearChartProps } from '../charts/plots';
import { byYear, yearColumn } from '../charts/columns';
import type { Column } from '../data-table';
import { starColumns, starBars, starLegend, starShapes } from './star-stack';
import { useOcopText } from './use-ocop-text';

interface Props extends YearChartProps<OcopYearRow> {
  /** The scope as it reads in a sentence ("toàn tỉnh", "Huyện An"). */
  readonly scope: string;
  /** The selected year's numbers (it may lie outside the rows). */
  readonly selected: OcopYearRow | undefined;
}

export const YEAR_MARGIN = { top: 20, right: 8, bottom: 4, left: 0 };

export function StarsByYearChart({ index, year, scope, rows, selected }: Props) {
  const { m, axis } = useOcopText(index);
  const n = axis.count;
  const shapes = useMemo(() => starShapes(axis.count, false), [axis]);
  const yearAxis = useMemo(() => ({ selected: year, mark: (y: number) => m.selectedMark({ label: y }) }), [year, m]);
  const summary = m.years.starsSummary({
    year,
    scope,
    total: n(selected?.total ?? 0),
    three: n(selected?.three ?? 0),
    four: n(selected?.four ?? 0),
    five: n(selected?.five ?? 0),
  });
  const columns: Column<OcopYearRow>[] = [yearColumn(m.column.year), ...starColumns<OcopYearRow>(m, n)];
  return (
    <ChartFigure
      title={m.years.starsTitle({ first: rows[0]?.year ?? year, last: rows.at(-1)?.year ?? year })}
      summary={summary}
      table={{ columns, rows, rowKey: byYear, fileName: `ocop-${year}-products-by-stars` }}
      testId="ocop-stars-by-year"
      legend={starLegend(m)}
    >
      <YearPlot data={rows} axis={yearAxis} value={axis.counts} margin={YEAR_MARGIN} width={48}>
        {starBars(m, shapes)}
      </YearPlot>
    </ChartFigure>
  );
}
