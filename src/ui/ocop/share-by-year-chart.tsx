// A share per year (rated products reaching 3★+, or products maintained on re-evaluation) against its goal line.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Target } from '../../contract/targets';
import type { DocumentIndex } from '../../domain/document-index';
import type { OcopYearRow } from '../../domain/ocop/by-year';
import { describeGoal } from '../../i18n/describe-target';
import { GRID_COLOR, TARGET_LINE_COLOR } from '../chart-colors';
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

import type { ShareSpec } from './share-specs';
import { useOcopText } from './use-ocop-text';

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scope: string;
  readonly rows: readonly OcopYearRow[];
  readonly selected: OcopYearRow | undefined;
  readonly target: Target | undefined;
  readonly spec: ShareSpec;
}

const MARGIN = { top: 20, right: 8, bottom: 4, left: 0 };
const PERCENT_TICKS = [0, 25, 50, 75, 100];
const PERCENT_DOMAIN = [0, 100];

export function ShareByYearChart({ index, year, scope, rows, selected, target, spec }: Props) {
  const { m, f, axis, locale } = useOcopText(index);
  const pct = (v: number | null) => (v === null ? m.noValue : f.percent(v));
  const goal = target ? describeGoal(target, locale) : undefined;
  const goalText = goal ? m.goalLine({ goal }) : undefined;
  const label = useMemo(() => (target ? goalLabel(m.goalLine({ goal: describeGoal(target, locale) })) : undefined), [target, m, locale]);
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
    { key: 'year', label: m.column.year, cell: (r) => String(r.year) },
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
  const first = rows[0]?.year ?? year;
  const last = rows[rows.length - 1]?.year ?? year;
  return (
    <ChartFigure
      title={spec.title({ first, last })}
      summary={summary}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
      fileName={`ocop-${year}-${spec.id}`}
      testId={`ocop-${spec.id}`}
    >
      <ChartBox
        legend={
          <ChartLegend
            items={[
              { label: spec.series, color: spec.color },
              ...(goalText ? [{ label: goalText, color: TARGET_LINE_COLOR, kind: 'dashed' as const }] : []),
            ]}
          />
        }
      >
        <YearAxisProvider value={yearAxis}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} margin={MARGIN}>
              <CartesianGrid stroke={GRID_COLOR} vertical={false} />
              <ReferenceArea x1={year} x2={year} fill={SELECTED_BAND_FILL} fillOpacity={0.8} ifOverflow="hidden" />
              <XAxis dataKey="year" tick={YEAR_TICK} interval={0} height={44} />
              <YAxis domain={PERCENT_DOMAIN} ticks={PERCENT_TICKS} interval={0} tickFormatter={axis.percent} tick={VALUE_TICK} width={58} />
              <Tooltip formatter={axis.tipPercent} />
              <Bar
                dataKey={spec.share}
                minPointSize={zeroSliver}
                name={spec.series}
                fill={spec.color}
                isAnimationActive={false}
                shape={shape}
              />
              {target && <ReferenceLine y={target.value} {...GOAL_LINE_PROPS} label={label} />}
            </BarChart>
          </ResponsiveContainer>
        </YearAxisProvider>
      </ChartBox>
    </ChartFigure>
  );
}
