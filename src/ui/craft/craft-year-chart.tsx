// Craft villages with a 3★+ product at the end of each year, against the goal drawn as a labelled band (or a line).
import { useMemo } from 'react';
import { Bar, ReferenceArea, ReferenceLine } from 'recharts';
import type { Target } from '../../contract/targets';
import type { CraftYearRow } from '../../domain/craft/by-year';
import { ACCENT_COLORS } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import { GOAL_LINE_PROPS, goalBandProps, goalLabel, goalLegend, labelledBar, ownValue } from '../charts/marks';
import { YearPlot, type YearChartProps } from '../charts/plots';
import { byYear, yearColumn } from '../charts/columns';
import type { Column } from '../data-table';
import { useCraftText } from './use-craft-text';

const MARGIN = { top: 24, right: 16, bottom: 4, left: 0 };
/** No year is marked: the bars end at the selected year. */
const YEARS = { selected: NaN, mark: String };

interface Props extends YearChartProps<CraftYearRow> {
  readonly scopeLabel: string;
  /** The whole province's rows when regions are selected (the goal is a province total), else undefined. */
  readonly province?: readonly CraftYearRow[];
  readonly goal: Target | undefined;
  /** The goal in words, e.g. "1–2". */
  readonly goalText: string;
}

interface Row extends CraftYearRow {
  readonly province?: number;
}

export function CraftYearChart({ index, year, scopeLabel, rows, province, goal, goalText }: Props) {
  const { m, f, axis } = useCraftText(index);
  const shape = useMemo(() => labelledBar(ownValue('withProduct', axis.count)), [axis]);
  const data = useMemo<Row[]>(() => rows.map((r, i) => ({ ...r, province: province?.[i]?.withProduct })), [rows, province]);
  const n = (v: number) => f.number(v, 0);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const goalPhrase = goal ? m.byYear.goalPhrase({ goal: goalText, deadline: f.date(goal.deadline) }) : m.byYear.noGoal;
  const summary = `${province ? `${scopeLabel}: ` : ''}${m.byYear.summary({
    year,
    value: n(last?.withProduct ?? 0),
    firstYear: first?.year ?? year,
    firstValue: n(first?.withProduct ?? 0),
    goal: goalPhrase,
  })}`;
  const top = Math.max(goal?.valueMax ?? goal?.value ?? 0, 1);
  const value = useMemo(() => ({ ...axis.counts, domain: [0, (dataMax: number) => Math.max(dataMax, top)] as const }), [axis, top]);
  const goalWords = m.byYear.goalLine({ goal: goalText });
  const seriesName = province ? `${m.byYear.series} (${scopeLabel})` : m.byYear.series;

  const columns: Column<Row>[] = [
    yearColumn(m.byYear.year),
    { key: 'value', label: seriesName, numeric: true, cell: (r) => n(r.withProduct), raw: (r) => r.withProduct },
    ...(province
      ? [
          {
            key: 'province',
            label: `${m.byYear.series} (${m.byYear.provinceLabel})`,
            numeric: true,
            cell: (r: Row) => n(r.province ?? 0),
            raw: (r: Row) => r.province ?? 0,
          },
        ]
      : []),
    ...(goal ? [{ key: 'goal', label: m.byYear.goal, cell: () => goalText }] : []),
  ];

  return (
    <ChartFigure
      title={m.byYear.title}
      summary={summary}
      table={{ columns, rows: data, rowKey: byYear, fileName: `craft-villages-with-3plus-product-${year}` }}
      testId="craft-by-year"
      legend={[
        { label: seriesName, color: ACCENT_COLORS[0] },
        ...(province ? [{ label: `${m.byYear.series} (${m.byYear.provinceLabel})`, color: ACCENT_COLORS[1] }] : []),
        ...(goal ? [goalLegend(goalWords)] : []),
      ]}
    >
      <YearPlot data={data} axis={YEARS} value={value} margin={MARGIN} width={44}>
        {goal?.comparison === 'between' && goal.valueMax !== undefined && (
          <ReferenceArea y1={goal.value} y2={goal.valueMax} {...goalBandProps(ACCENT_COLORS[2])} label={goalLabel(goalWords)} />
        )}
        {goal && goal.comparison !== 'between' && <ReferenceLine y={goal.value} {...GOAL_LINE_PROPS} label={goalLabel(goalWords)} />}
        <Bar dataKey="withProduct" name={seriesName} fill={ACCENT_COLORS[0]} isAnimationActive={false} shape={shape} />
        {province && (
          <Bar
            dataKey="province"
            name={`${m.byYear.series} (${m.byYear.provinceLabel})`}
            fill={ACCENT_COLORS[1]}
            isAnimationActive={false}
          />
        )}
      </YearPlot>
    </ChartFigure>
  );
}
