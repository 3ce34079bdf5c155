// Advanced-or-higher and model communes at the end of each year, against the province's NTM count targets.
import { memo, useMemo } from 'react';
import type { NtmSeries, ProgressRow } from '../../domain/ntm/progress';
import type { NtmTargetLine } from '../../domain/ntm/target-lines';
import { describeGoal } from '../../i18n/describe-target';
import { ChartFigure } from '../chart-figure';
import type { LegendItem } from '../charts/chart-box';
import { goalLegend } from '../charts/marks';
import { YearPlot, type YearChartProps } from '../charts/plots';
import { byYear, yearColumn } from '../charts/columns';
import type { Column } from '../data-table';
import { NTM_MARGIN, NTM_YEARS, SERIES_COLOR, seriesBars, targetLines } from './series-marks';
import { useNtmText } from './use-ntm-text';

interface Props extends YearChartProps<ProgressRow> {
  readonly scopeLabel: string;
  /** Whether regions are selected: then the bars are the selection's contribution to province-wide targets. */
  readonly filtered: boolean;
  readonly province: readonly ProgressRow[];
  readonly lines: readonly NtmTargetLine[];
}

interface Row extends ProgressRow {
  readonly province?: ProgressRow;
}

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const ProgressChart = memo(function ProgressChart({ index, year, scopeLabel, filtered, rows, province, lines }: Props) {
  const { m, f, axis, locale } = useNtmText(index);
  const data = useMemo<Row[]>(
    () => (filtered ? rows.map((r, i) => ({ ...r, province: province[i] })) : [...rows]),
    [filtered, rows, province],
  );
  // The ntm-or-higher series only when a target needs it (every commune of the built-in data is NTM).
  const series = useMemo<NtmSeries[]>(
    () => (lines.some((l) => l.series === 'ntmOrHigher') ? ['ntmOrHigher', 'advancedOrHigher', 'model'] : ['advancedOrHigher', 'model']),
    [lines],
  );
  const seriesName = (s: NtmSeries) => (filtered ? `${m.series[s]} (${scopeLabel})` : m.series[s]);
  const legend = useMemo(() => {
    const items: LegendItem[] = series.map((s) => ({
      label: filtered ? `${m.series[s]} (${scopeLabel})` : m.series[s],
      color: SERIES_COLOR[s],
    }));
    if (lines.length > 0) items.push(goalLegend(filtered ? m.targetLegendProvince : m.targetLegend));
    return items;
  }, [series, filtered, scopeLabel, lines, m]);

  const n = (v: number) => f.number(v, 0);
  const last = rows[rows.length - 1];
  const pLast = province[province.length - 1];
  const list = f.list(
    lines.map((l) => m.targetPhrase[l.series]({ goal: describeGoal(l.target, locale), date: f.date(l.target.deadline) })),
  );
  const targets = lines.length === 0 ? '' : filtered ? m.targetsProvince({ list }) : m.targetsWhole({ list });
  const common = { year, scope: scopeLabel, targets, pn: n(pLast?.advancedOrHigher ?? 0), ptotal: n(pLast?.total ?? 0) };
  const own = {
    n: n(last?.advancedOrHigher ?? 0),
    total: n(last?.total ?? 0),
    share: last?.advancedOrHigherShare == null ? '—' : f.percent(last.advancedOrHigherShare),
    model: n(last?.model ?? 0),
  };
  const summary =
    !last || last.total === 0
      ? m.progressNoRecords(common)
      : filtered
        ? m.progressSummaryScoped({ ...common, ...own })
        : m.progressSummary({ ...common, ...own });

  const columns: Column<Row>[] = [
    yearColumn(m.column.year),
    ...series.map((s) => ({ key: s, label: m.series[s], numeric: true, cell: (r: Row) => n(r[s]), raw: (r: Row) => r[s] })),
    ...(filtered
      ? series.map((s) => ({
          key: `province-${s}`,
          label: m.seriesProvince({ series: m.series[s] }),
          numeric: true,
          cell: (r: Row) => n(r.province?.[s] ?? 0),
          raw: (r: Row) => r.province?.[s] ?? 0,
        }))
      : []),
  ];

  return (
    <div className="ntm-progress">
      <ChartFigure
        title={m.progressTitle({ first: rows[0]?.year ?? year, year })}
        summary={summary}
        table={{ columns, rows: data, rowKey: byYear, fileName: `ntm-${year}-progress` }}
        testId="ntm-progress"
        legend={legend}
      >
        <YearPlot data={data} axis={NTM_YEARS} value={axis.counts} margin={NTM_MARGIN} width={48}>
          {seriesBars(series, seriesName)}
          {targetLines(lines, m, n)}
        </YearPlot>
      </ChartFigure>
      {filtered && lines.length > 0 && <p className="chart-note">{m.provinceNote({ scope: scopeLabel })}</p>}
    </div>
  );
});
