// The share of OCOP subjects selling through modern channels, overall and by subject type, against the goal.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Target } from '../../contract/targets';
import type { SubjectType } from '../../contract/values';
import type { DocumentIndex } from '../../domain/document-index';
import type { OcopMix } from '../../domain/ocop/mix';
import { describeGoal } from '../../i18n/describe-target';
import { GRID_COLOR, TARGET_LINE_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import { CATEGORY_TICK, GOAL_LINE_PROPS, goalLabel, labelledBar, ownValue, VALUE_TICK, zeroSliver } from './chart-parts';
import { ChartBox, ChartLegend } from './chart-legend';

import { MODERN_COLOR } from './subject-type-chart';
import { useOcopText } from './use-ocop-text';

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scope: string;
  readonly mix: OcopMix;
  readonly target: Target | undefined;
}

const MARGIN = { top: 20, right: 40, bottom: 4, left: 4 };
const PERCENT_DOMAIN = [0, 100];
const PERCENT_TICKS = [0, 25, 50, 75, 100];

interface Row {
  readonly key: SubjectType | 'all';
  readonly label: string;
  readonly subjects: number;
  readonly modern: number;
  readonly share: number | null;
  /** The row's name on the axis, saying when there is nothing to count. */
  readonly axisLabel: string;
}

export function ModernChannelChart({ index, year, scope, mix, target }: Props) {
  const { m, c, f, axis, locale } = useOcopText(index);
  const n = axis.count;
  const pct = (v: number | null) => (v === null ? m.noValue : f.percent(v));
  const rows = useMemo<Row[]>(
    () =>
      [
        { key: 'all' as const, label: m.mix.allSubjects, subjects: mix.subjects, modern: mix.modern, share: mix.modernShare },
        ...mix.subjectTypes.map((t) => ({
          key: t.type,
          label: c.subjectType[t.type],
          subjects: t.subjects,
          modern: t.modern,
          share: t.modernShare,
        })),
      ].map((r) => ({ ...r, axisLabel: r.share === null ? `${r.label} ${m.mix.noSubjectsTick}` : r.label })),
    [mix, m, c],
  );
  const goal = target ? describeGoal(target, locale) : undefined;
  const goalText = goal ? m.goalLine({ goal }) : undefined;
  const label = useMemo(
    () => (target ? goalLabel(m.goalLine({ goal: describeGoal(target, locale) }), 'top') : undefined),
    [target, m, locale],
  );
  const shape = useMemo(() => labelledBar(ownValue('share', axis.percent), true), [axis]);
  const goalPart = goal ? m.goalPart({ goal }) : '';
  const summary =
    mix.modernShare === null
      ? m.mix.modernSummaryNone({ year, scope, goal: goalPart })
      : m.mix.modernSummary({ year, scope, n: n(mix.modern), d: n(mix.subjects), value: pct(mix.modernShare), goal: goalPart });
  const columns: Column<Row>[] = [
    { key: 'label', label: m.mix.subjectType, cell: (r) => r.label },
    { key: 'subjects', label: m.mix.subjects, numeric: true, cell: (r) => n(r.subjects), raw: (r) => r.subjects },
    { key: 'modern', label: m.mix.modern, numeric: true, cell: (r) => n(r.modern), raw: (r) => r.modern },
    {
      key: 'share',
      label: m.column.share,
      numeric: true,
      cell: (r) => pct(r.share),
      raw: (r) => (r.share === null ? '' : Math.round(r.share * 10) / 10),
    },
  ];
  return (
    <ChartFigure
      title={m.mix.modernTitle({ year })}
      summary={summary}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      fileName={`ocop-${year}-modern-channels`}
      testId="ocop-modern-channels"
    >
      <ChartBox
        legend={
          <ChartLegend
            items={[
              { label: m.mix.modern, color: MODERN_COLOR },
              ...(goalText ? [{ label: goalText, color: TARGET_LINE_COLOR, kind: 'dashed' as const }] : []),
            ]}
          />
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={MARGIN}>
            <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
            <XAxis
              type="number"
              domain={PERCENT_DOMAIN}
              ticks={PERCENT_TICKS}
              interval={0}
              tickFormatter={axis.percent}
              tick={VALUE_TICK}
            />
            <YAxis type="category" dataKey="axisLabel" width={150} interval={0} tick={CATEGORY_TICK} />
            <Tooltip formatter={axis.tipPercent} />
            <Bar
              dataKey="share"
              minPointSize={zeroSliver}
              name={m.mix.modern}
              fill={MODERN_COLOR}
              isAnimationActive={false}
              shape={shape}
            />
            {target && goal && <ReferenceLine x={target.value} {...GOAL_LINE_PROPS} label={label} />}
          </BarChart>
        </ResponsiveContainer>
      </ChartBox>
    </ChartFigure>
  );
}
