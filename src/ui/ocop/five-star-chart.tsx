// 5★ products at the end of each year against the province's goal; with a selection, the province total beside it.
import { useMemo } from 'react';
import { Bar, ReferenceLine } from 'recharts';
import type { Target } from '../../contract/targets';
import type { OcopYearRow } from '../../domain/ocop/by-year';
import { describeGoal } from '../../i18n/describe-target';
import { ACCENT_COLORS, STAR_COLORS } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import { GOAL_LINE_PROPS, goalLabel, goalLegend, labelledBar, ownValue, zeroSliver } from '../charts/marks';
import { YearPlot, type YearChartProps } from '../charts/plots';
import { byYear, countColumn, yearColumn } from '../charts/columns';
import type { Column } from '../data-table';
import { YEAR_MARGIN } from './stars-by-year-chart';
import { useOcopText } from './use-ocop-text';

interface Props extends YearChartProps<OcopYearRow> {
  readonly scope: string;
  /** True when regions are selected: the goal is the province's, so the province's bars are drawn beside them. */
  readonly filtered: boolean;
  readonly province: readonly OcopYearRow[];
  readonly selected: OcopYearRow | undefined;
  readonly selectedProvince: OcopYearRow | undefined;
  readonly target: Target | undefined;
}

interface Point {
  readonly year: number;
  readonly five: number;
  readonly province: number;
}

export function FiveStarChart({ index, year, scope, filtered, rows, province, selected, selectedProvince, target }: Props) {
  const { m, f, axis, locale } = useOcopText(index);
  const n = axis.count;
  const shape = useMemo(() => labelledBar(ownValue('five', axis.count)), [axis]);
  const data = useMemo<Point[]>(
    () => rows.map((r, i) => ({ year: r.year, five: r.five, province: province[i]?.five ?? 0 })),
    [rows, province],
  );
  const yearAxis = useMemo(() => ({ selected: year, mark: (y: number) => m.selectedMark({ label: y }) }), [year, m]);
  const fiveName = filtered ? `${m.years.fiveSeries} (${scope})` : m.years.fiveSeries;
  const goal = target ? describeGoal(target, locale) : undefined;
  const goalText = goal ? m.goalLineProvince({ goal }) : undefined;
  const goalPart = target && goal ? m.goalPartProvince({ goal, deadline: f.date(target.deadline) }) : '';
  const summary = filtered
    ? m.years.fiveSummaryScoped({ year, scope, value: n(selected?.five ?? 0), province: n(selectedProvince?.five ?? 0), goal: goalPart })
    : m.years.fiveSummary({ year, scope, value: n(selected?.five ?? 0), goal: goalPart });
  const columns: Column<Point>[] = [
    yearColumn(m.column.year),
    countColumn('five', fiveName, n),
    ...(filtered
      ? [{ key: 'province', label: m.province, numeric: true, cell: (r: Point) => n(r.province), raw: (r: Point) => r.province }]
      : []),
  ];
  const legend = [
    { label: fiveName, color: STAR_COLORS[5] },
    ...(filtered ? [{ label: m.province, color: ACCENT_COLORS[1] }] : []),
    ...(goalText ? [goalLegend(goalText)] : []),
  ];
  return (
    <ChartFigure
      title={m.years.fiveTitle({ first: rows[0]?.year ?? year, last: rows.at(-1)?.year ?? year })}
      summary={summary}
      table={{ columns, rows: data, rowKey: byYear, fileName: `ocop-${year}-five-star` }}
      testId="ocop-five-star"
      legend={legend}
    >
      <YearPlot data={data} axis={yearAxis} value={axis.counts} margin={YEAR_MARGIN} width={48}>
        <Bar dataKey="five" minPointSize={zeroSliver} name={fiveName} fill={STAR_COLORS[5]} isAnimationActive={false} shape={shape} />
        {filtered && <Bar dataKey="province" name={m.province} fill={ACCENT_COLORS[1]} isAnimationActive={false} />}
        {target && goalText && <ReferenceLine y={target.value} {...GOAL_LINE_PROPS} label={goalLabel(goalText)} />}
      </YearPlot>
    </ChartFigure>
  );
}
