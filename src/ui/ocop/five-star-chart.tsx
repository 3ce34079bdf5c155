// 5★ products at the end of each year against the province's goal; with a selection, the province total beside it.
import { useMemo } from 'react';
import { Bar, CartesianGrid, ComposedChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Target } from '../../contract/targets';
import type { DocumentIndex } from '../../domain/document-index';
import type { OcopYearRow } from '../../domain/ocop/by-year';
import { describeGoal } from '../../i18n/describe-target';
import { ACCENT_COLORS, GRID_COLOR, STAR_COLORS, TARGET_LINE_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import {
  GOAL_LINE_PROPS,
  goalLabel,
  labelledBar,
  ownValue,
  SELECTED_BAND_FILL,
  VALUE_TICK,
  YEAR_TICK,
  YearAxisProvider,
  zeroSliver,
} from './chart-parts';
import { ChartBox, ChartLegend } from './chart-legend';

import { useOcopText } from './use-ocop-text';

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scope: string;
  /** True when regions are selected: the goal is the province's, so the province's bars are drawn beside them. */
  readonly filtered: boolean;
  readonly rows: readonly OcopYearRow[];
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

const MARGIN = { top: 20, right: 8, bottom: 4, left: 0 };

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
  const label = useMemo(
    () => (target ? goalLabel(m.goalLineProvince({ goal: describeGoal(target, locale) })) : undefined),
    [target, m, locale],
  );
  const goalPart = target && goal ? m.goalPartProvince({ goal, deadline: f.date(target.deadline) }) : '';
  const summary = filtered
    ? m.years.fiveSummaryScoped({ year, scope, value: n(selected?.five ?? 0), province: n(selectedProvince?.five ?? 0), goal: goalPart })
    : m.years.fiveSummary({ year, scope, value: n(selected?.five ?? 0), goal: goalPart });
  const columns: Column<Point>[] = [
    { key: 'year', label: m.column.year, cell: (r) => String(r.year) },
    { key: 'five', label: fiveName, numeric: true, cell: (r) => n(r.five), raw: (r) => r.five },
    ...(filtered
      ? [{ key: 'province', label: m.province, numeric: true, cell: (r: Point) => n(r.province), raw: (r: Point) => r.province }]
      : []),
  ];
  const legend = [
    { label: fiveName, color: STAR_COLORS[5] },
    ...(filtered ? [{ label: m.province, color: ACCENT_COLORS[1] }] : []),
    ...(goalText ? [{ label: goalText, color: TARGET_LINE_COLOR, kind: 'dashed' as const }] : []),
  ];
  const first = rows[0]?.year ?? year;
  const last = rows[rows.length - 1]?.year ?? year;
  return (
    <ChartFigure
      title={m.years.fiveTitle({ first, last })}
      summary={summary}
      columns={columns}
      rows={data}
      rowKey={(r) => String(r.year)}
      fileName={`ocop-${year}-five-star`}
      testId="ocop-five-star"
    >
      <ChartBox legend={<ChartLegend items={legend} />}>
        <YearAxisProvider value={yearAxis}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart data={data} margin={MARGIN}>
              <CartesianGrid stroke={GRID_COLOR} vertical={false} />
              <ReferenceArea x1={year} x2={year} fill={SELECTED_BAND_FILL} fillOpacity={0.8} ifOverflow="hidden" />
              <XAxis dataKey="year" tick={YEAR_TICK} interval={0} height={32} />
              <YAxis interval={0} allowDecimals={false} tickFormatter={axis.count} tick={VALUE_TICK} width={48} />
              <Tooltip formatter={axis.tipCount} />
              <Bar dataKey="five" minPointSize={zeroSliver} name={fiveName} fill={STAR_COLORS[5]} isAnimationActive={false} shape={shape} />
              {filtered && <Bar dataKey="province" name={m.province} fill={ACCENT_COLORS[1]} isAnimationActive={false} />}
              {target && <ReferenceLine y={target.value} {...GOAL_LINE_PROPS} label={label} />}
            </ComposedChart>
          </ResponsiveContainer>
        </YearAxisProvider>
      </ChartBox>
    </ChartFigure>
  );
}
