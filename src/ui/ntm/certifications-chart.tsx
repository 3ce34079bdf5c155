// How many communes first reached each NTM level in each year, for the selected regions.
import { memo, useMemo } from 'react';
import { Bar } from 'recharts';
import { certificationsByYear, totalCertifications, type CertificationRow } from '../../domain/ntm/certifications';
import { REACHED_LEVELS } from '../../domain/ntm/timeline';
import { LEVEL_COLORS } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import { byYear } from '../charts/columns';
import { YearPlot } from '../charts/plots';
import type { Column } from '../data-table';
import type { SectionProps } from '../section-props';
import { NTM_YEARS } from './series-marks';
import { useNtmText } from './use-ntm-text';

const MARGIN = { top: 8, right: 8, bottom: 4, left: 0 };

interface Props extends Pick<SectionProps, 'index' | 'regionIds' | 'year' | 'scopeLabel'> {
  readonly years: readonly number[];
}

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const CertificationsChart = memo(function CertificationsChart({ index, regionIds, year, scopeLabel, years }: Props) {
  const { m, f, axis } = useNtmText(index);
  const rows = useMemo(() => certificationsByYear(index, regionIds, years), [index, regionIds, years]);
  const total = useMemo(() => totalCertifications(rows), [rows]);
  const legend = useMemo(() => REACHED_LEVELS.map((l) => ({ label: m.level[l], color: LEVEL_COLORS[l] })), [m]);
  const last = rows[rows.length - 1];
  const first = years[0] ?? year;
  const n = (v: number) => f.number(v, 0);
  // The first row also holds the earlier recognitions: "đến 2020" on the axis, in the table and in the summary.
  const upTo = rows[0]?.upTo ? rows[0].year : undefined;
  const yearAxis = useMemo(() => ({ ...NTM_YEARS, label: (y: number) => (y === upTo ? m.upTo({ year: y }) : String(y)) }), [upTo, m]);
  const summary = m.certSummary({
    year,
    upTo: last?.upTo ? 1 : 0,
    scope: scopeLabel,
    ntm: n(last?.ntm ?? 0),
    advanced: n(last?.advanced ?? 0),
    model: n(last?.model ?? 0),
    tNtm: n(total.ntm),
    tAdvanced: n(total.advanced),
    tModel: n(total.model),
  });
  const columns: Column<CertificationRow>[] = [
    { key: 'year', label: m.column.year, cell: (r) => yearAxis.label(r.year) },
    ...REACHED_LEVELS.map((l) => ({
      key: l,
      label: m.level[l],
      numeric: true,
      cell: (r: CertificationRow) => n(r[l]),
      raw: (r: CertificationRow) => r[l],
    })),
  ];
  return (
    <ChartFigure
      title={m.certTitle({ first, year })}
      summary={summary}
      table={{ columns, rows, rowKey: byYear, fileName: `ntm-${year}-recognitions-by-year` }}
      testId="ntm-certifications"
      legend={legend}
    >
      <YearPlot data={rows} axis={yearAxis} value={axis.counts} margin={MARGIN} width={48}>
        {REACHED_LEVELS.map((l) => (
          <Bar key={l} dataKey={l} name={m.level[l]} fill={LEVEL_COLORS[l]} isAnimationActive={false} />
        ))}
      </YearPlot>
    </ChartFigure>
  );
});
