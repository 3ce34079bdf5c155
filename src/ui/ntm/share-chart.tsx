// Shares of communes at a level for the selected regions, for each NTM share target, with the target as a line.
import { memo, useMemo } from 'react';
import type { NtmSeries, ProgressRow } from '../../domain/ntm/progress';
import type { NtmTargetLine } from '../../domain/ntm/target-lines';
import { describeGoal } from '../../i18n/describe-target';
import { ChartFigure } from '../chart-figure';
import { goalLegend } from '../charts/marks';
import { YearPlot, type YearChartProps } from '../charts/plots';
import { byYear, yearColumn } from '../charts/columns';
import type { Column } from '../data-table';
import { NTM_MARGIN, NTM_YEARS, SERIES_COLOR, seriesBars, targetLines } from './series-marks';
import { useNtmText } from './use-ntm-text';

interface Props extends YearChartProps<ProgressRow> {
  readonly scopeLabel: string;
  readonly lines: readonly NtmTargetLine[];
}

const shareKey = (s: NtmSeries) => `${s}Share` as const;

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const ShareChart = memo(function ShareChart({ index, year, scopeLabel, rows, lines }: Props) {
  const { m, f, axis, locale } = useNtmText(index);
  const series = useMemo(() => [...new Set(lines.map((l) => l.series))], [lines]);
  const legend = useMemo(
    () => [...series.map((s) => ({ label: m.series[s], color: SERIES_COLOR[s] })), goalLegend(m.targetLegend)],
    [series, m],
  );
  const pct = (v: number | null | undefined) => (v == null ? '—' : f.percent(v));
  const last = rows[rows.length - 1];
  const summary =
    !last || last.total === 0
      ? m.shareNoRecords({ year, scope: scopeLabel })
      : m.shareSummary({
          year,
          scope: scopeLabel,
          total: f.number(last.total, 0),
          parts: f.list(
            lines.map((l) => m.sharePart[l.series]({ value: pct(last[shareKey(l.series)]), goal: describeGoal(l.target, locale) })),
          ),
        });
  const columns: Column<ProgressRow>[] = [
    yearColumn(m.column.year),
    ...series.map((s) => ({
      key: s,
      label: m.series[s],
      numeric: true,
      cell: (r: ProgressRow) => pct(r[shareKey(s)]),
      raw: (r: ProgressRow) => {
        const v = r[shareKey(s)];
        return v === null ? '' : Math.round(v * 10) / 10;
      },
    })),
  ];
  return (
    <ChartFigure
      title={m.shareTitle({ first: rows[0]?.year ?? year, year })}
      summary={summary}
      table={{ columns, rows, rowKey: byYear, fileName: `ntm-${year}-shares` }}
      testId="ntm-shares"
      legend={legend}
    >
      <YearPlot data={rows} axis={NTM_YEARS} value={axis.shares} margin={NTM_MARGIN} width={58}>
        {seriesBars(series, (s) => m.series[s], shareKey)}
        {targetLines(lines, m, f.percent)}
      </YearPlot>
    </ChartFigure>
  );
});
