// How many communes first reached each NTM level in each year, for the selected regions.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { certificationsByYear, totalCertifications, type CertificationRow } from '../../domain/ntm/certifications';
import { REACHED_LEVELS } from '../../domain/ntm/timeline';
import { GRID_COLOR, LEVEL_COLORS } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import type { SectionProps } from '../section-props';
import { PlotWithLegend } from './chart-legend';
import { plainTicks, yearInterval } from './chart-styles';
import { useNtmText } from './use-ntm-text';

interface Props extends Pick<SectionProps, 'index' | 'regionIds' | 'year' | 'scopeLabel'> {
  readonly years: readonly number[];
}

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const CertificationsChart = memo(function CertificationsChart({ index, regionIds, year, scopeLabel, years }: Props) {
  const { m, f } = useNtmText(index);
  const rows = useMemo(() => certificationsByYear(index, regionIds, years), [index, regionIds, years]);
  const total = useMemo(() => totalCertifications(rows), [rows]);
  const legend = useMemo(() => REACHED_LEVELS.map((l) => ({ label: m.level[l], color: LEVEL_COLORS[l] })), [m]);
  const last = rows[rows.length - 1];
  const first = years[0] ?? year;
  const n = (v: number) => f.number(v, 0);
  // The first row also holds the earlier recognitions: "đến 2020" on the axis, in the table and in the summary.
  const upTo = rows[0]?.upTo ? rows[0].year : undefined;
  const yearLabel = (y: number) => (y === upTo ? m.upTo({ year: y }) : String(y));
  const ticks = useMemo(
    () => plainTicks((v) => (typeof v === 'number' && v > 1900 ? (v === upTo ? m.upTo({ year: v }) : String(v)) : f.number(Number(v), 0))),
    [f, m, upTo],
  );
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
    { key: 'year', label: m.column.year, cell: (r) => yearLabel(r.year) },
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
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      fileName={`ntm-${year}-recognitions-by-year`}
      testId="ntm-certifications"
    >
      <PlotWithLegend items={legend}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid stroke={GRID_COLOR} vertical={false} />
            <XAxis dataKey="year" interval={yearInterval(rows.length)} tick={ticks.x} />
            <YAxis allowDecimals={false} interval={0} tick={ticks.y} width={48} />
            <Tooltip formatter={(v) => n(Number(v))} />
            {REACHED_LEVELS.map((l) => (
              <Bar key={l} dataKey={l} name={m.level[l]} fill={LEVEL_COLORS[l]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </PlotWithLegend>
    </ChartFigure>
  );
});
