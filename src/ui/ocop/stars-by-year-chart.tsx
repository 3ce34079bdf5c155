// Recognised (valid) OCOP products at the end of each year, stacked by stars, with the selected year marked.
import { useMemo } from 'react';
import { BarChart, CartesianGrid, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DocumentIndex } from '../../domain/document-index';
import type { OcopYearRow } from '../../domain/ocop/by-year';
import { GRID_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import { SELECTED_BAND_FILL, VALUE_TICK, YEAR_TICK, YearAxisProvider } from './chart-parts';
import { STAR_KEYS, StarLegend, starBars, starShapes } from './star-stack';
import { ChartBox } from './chart-legend';
import { useOcopText } from './use-ocop-text';

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  /** The scope as it reads in a sentence ("toàn tỉnh", "Huyện An"). */
  readonly scope: string;
  readonly rows: readonly OcopYearRow[];
  /** The selected year's numbers (it may lie outside the rows). */
  readonly selected: OcopYearRow | undefined;
}

const MARGIN = { top: 20, right: 8, bottom: 4, left: 0 };

export function StarsByYearChart({ index, year, scope, rows, selected }: Props) {
  const { m, axis } = useOcopText(index);
  const n = axis.count;
  const shapes = useMemo(() => starShapes(axis.count, false), [axis]);
  const yearAxis = useMemo(() => ({ selected: year, mark: (y: number) => m.selectedMark({ label: y }) }), [year, m]);
  const first = rows[0]?.year ?? year;
  const last = rows[rows.length - 1]?.year ?? year;
  const summary = m.years.starsSummary({
    year,
    scope,
    total: n(selected?.total ?? 0),
    three: n(selected?.three ?? 0),
    four: n(selected?.four ?? 0),
    five: n(selected?.five ?? 0),
  });
  const columns: Column<OcopYearRow>[] = [
    { key: 'year', label: m.column.year, cell: (r) => String(r.year) },
    ...STAR_KEYS.map(({ key, stars }) => ({
      key,
      label: m.stars({ n: stars }),
      numeric: true,
      cell: (r: OcopYearRow) => n(r[key]),
      raw: (r: OcopYearRow) => r[key],
    })),
    { key: 'total', label: m.column.total, numeric: true, cell: (r) => n(r.total), raw: (r) => r.total },
  ];
  return (
    <ChartFigure
      title={m.years.starsTitle({ first, last })}
      summary={summary}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      fileName={`ocop-${year}-products-by-stars`}
      testId="ocop-stars-by-year"
    >
      <ChartBox legend={<StarLegend m={m} />}>
        <YearAxisProvider value={yearAxis}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={MARGIN}>
              <CartesianGrid stroke={GRID_COLOR} vertical={false} />
              <ReferenceArea x1={year} x2={year} fill={SELECTED_BAND_FILL} fillOpacity={0.8} ifOverflow="hidden" />
              <XAxis dataKey="year" tick={YEAR_TICK} interval={0} height={32} />
              <YAxis interval={0} allowDecimals={false} tickFormatter={axis.count} tick={VALUE_TICK} width={48} />
              <Tooltip formatter={axis.tipCount} />
              {starBars(m, shapes)}
            </BarChart>
          </ResponsiveContainer>
        </YearAxisProvider>
      </ChartBox>
    </ChartFigure>
  );
}
