// A share per year (rated products reaching 3★+, or products maintained on re-evaluation) against its goal line.
import { useMemo } from 'react';
import { Bar, ReferenceLine } from 'recharts';
import type { Target } from '../../contract/targets';
import type { OcopYearRow } from '../../domain/ocop/by-year';
import { describeGoal } from '../../i18n/describe-target';
import { ChartFigure } from '../chart-figure';
import { GOAL_LINE_PROPS, goalLabel, goalLegend, labelledBar, ownValue, zeroSliver } from '../charts/marks';
import { YearPlot, type YearChartProps } from '../charts/plots';
import { byYear, yearColumn } from '../charts/columns';
import type { Column } from '../data-table';
import type { ShareSpec } from './share-specs';
import { YEAR_MARGIN } from './stars-by-year-chart';
import { useOcopText } from './use-ocop-text';

interface Props extends YearChartProps<OcopYearRow> {
  readonly scope: string;
  readonly selected: OcopYearRow | undefined;
  readonly target: Target | undefined;
  readonly spec: ShareSpec;
}

export function ShareByYearChart({ index, year, scope, rows, selected, target, spec }: Props) {
  const { m, f, axis, locale } = useOcopText(index);
  const pct = (v: number | null) => (v === null ? m.noValue : f.percent(v));
  const goal = target ? describeGoal(target, locale) : undefined;
  const goalText = goal ? m.goalLine({ goal }) : undefined;
  const shape = useMemo(() => labelledBar(ownValue(spec.share, axis.percent)), [axis, spec]);
  const yearAxis = useMemo(
    () => ({
      selected: year,
      mark: (y: number) => m.selectedMark({ label: y }),
      note: (y: number) => (rows.find((r) => r.year === y)?.[spec.share] === null ? spec.noneTick : undefined),
    }),
    [year, m, rows, spec],
  );
  const goalPart = goal ? m.goalPart({ goal }) : '';
  const value = selected?.[spec.share] ?? null;
  const summary =
    value === null || !selected
      ? spec.summaryNone({ year, scope, goal: goalPart })
      : spec.summary({
          year,
          scope,
          n: f.number(selected[spec.part], 0),
          d: f.number(selected[spec.whole], 0),
          value: pct(value),
          goal: goalPart,
        });
  const columns: Column<OcopYearRow>[] = [
    yearColumn(m.column.year),
    { key: spec.whole, label: spec.wholeLabel, numeric: true, cell: (r) => f.number(r[spec.whole], 0), raw: (r) => r[spec.whole] },
    { key: spec.part, label: spec.partLabel, numeric: true, cell: (r) => f.number(r[spec.part], 0), raw: (r) => r[spec.part] },
    {
      key: spec.share,
      label: m.column.share,
      numeric: true,
      cell: (r) => (r[spec.share] === null ? spec.none : pct(r[spec.share])),
      raw: (r) => {
        const v = r[spec.share];
        return v === null ? spec.none : Math.round(v * 10) / 10;
      },
    },
  ];
  return (
    <ChartFigure
      title={spec.title({ first: rows[0]?.year ?? year, last: rows.at(-1)?.year ?? year })}
      summary={summary}
      table={{ columns, rows, rowKey: byYear, fileName: `ocop-${year}-${spec.id}` }}
      testId={`ocop-${spec.id}`}
      legend={[{ label: spec.series, color: spec.color }, ...(goalText ? [goalLegend(goalText)] : [])]}
    >
      <YearPlot data={rows} axis={yearAxis} value={axis.shares} margin={YEAR_MARGIN} width={58} height={44}>
        <Bar dataKey={spec.share} minPointSize={zeroSliver} name={spec.series} fill={spec.color} isAnimationActive={false} shape={shape} />
        {target && goalText && <ReferenceLine y={target.value} {...GOAL_LINE_PROPS} label={goalLabel(goalText)} />}
      </YearPlot>
    </ChartFigure>
  );
}
