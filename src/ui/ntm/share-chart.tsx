// Shares of communes at a level for the selected regions, for each NTM share target, with the target as a line.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DocumentIndex } from '../../domain/document-index';
import type { NtmSeries, ProgressRow } from '../../domain/ntm/progress';
import type { NtmTargetLine } from '../../domain/ntm/target-lines';
import { describeGoal } from '../../i18n/describe-target';
import { GRID_COLOR, TARGET_LINE_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import { PlotWithLegend } from './chart-legend';
import { plainTicks, SERIES_COLOR, TARGET_DASH, targetLabel, yearInterval } from './chart-styles';
import { useNtmText } from './use-ntm-text';

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scopeLabel: string;
  readonly rows: readonly ProgressRow[];
  readonly lines: readonly NtmTargetLine[];
}

const shareKey = (s: NtmSeries) => `${s}Share` as const;

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const ShareChart = memo(function ShareChart({ index, year, scopeLabel, rows, lines }: Props) {
  const { m, f, locale } = useNtmText(index);
  const series = useMemo(() => [...new Set(lines.map((l) => l.series))], [lines]);
  const legend = useMemo(
    () => [
      ...series.map((s) => ({ label: m.series[s], color: SERIES_COLOR[s] })),
      { label: m.targetLegend, color: TARGET_LINE_COLOR, line: { dash: TARGET_DASH } },
    ],
    [series, m],
  );
  const ticks = useMemo(() => plainTicks((v) => (typeof v === 'number' && v > 1900 ? String(v) : f.percent(Number(v), 0))), [f]);
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
    { key: 'year', label: m.column.year, cell: (r) => String(r.year) },
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
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      fileName={`ntm-${year}-shares`}
      testId="ntm-shares"
    >
      <PlotWithLegend items={legend}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows as ProgressRow[]} margin={{ top: 20, right: 12, bottom: 4, left: 0 }}>
            <CartesianGrid stroke={GRID_COLOR} vertical={false} />
            <XAxis dataKey="year" interval={yearInterval(rows.length)} tick={ticks.x} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} tick={ticks.y} width={52} />
            <Tooltip formatter={(v) => pct(v === null || v === undefined ? null : Number(v))} />
            {series.map((s) => (
              <Bar key={s} dataKey={shareKey(s)} name={m.series[s]} fill={SERIES_COLOR[s]} isAnimationActive={false} />
            ))}
            {lines.map((l) => (
              <ReferenceLine
                key={l.target.id}
                y={l.target.value}
                stroke={TARGET_LINE_COLOR}
                strokeWidth={2}
                strokeDasharray={TARGET_DASH}
                label={targetLabel(m.targetLine({ series: m.series[l.series], value: f.percent(l.target.value) }))}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </PlotWithLegend>
    </ChartFigure>
  );
});
