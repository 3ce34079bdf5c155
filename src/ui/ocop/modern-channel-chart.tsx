// The share of OCOP subjects selling through modern channels, overall and by subject type, against the goal.
import { useMemo } from 'react';
import { Bar, ReferenceLine } from 'recharts';
import type { SubjectType } from '../../contract/values';
import type { Target } from '../../contract/targets';
import type { DocumentIndex } from '../../domain/document-index';
import type { OcopMix } from '../../domain/ocop/mix';
import { describeGoal } from '../../i18n/describe-target';
import { ChartFigure } from '../chart-figure';
import { GOAL_LINE_PROPS, goalLabel, goalLegend, labelledBar, ownValue, zeroSliver } from '../charts/marks';
import { CategoryPlot } from '../charts/plots';
import { countColumn } from '../charts/columns';
import type { Column } from '../data-table';
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
  const shape = useMemo(() => labelledBar(ownValue('share', axis.percent), true), [axis]);
  const goalPart = goal ? m.goalPart({ goal }) : '';
  const summary =
    mix.modernShare === null
      ? m.mix.modernSummaryNone({ year, scope, goal: goalPart })
      : m.mix.modernSummary({ year, scope, n: n(mix.modern), d: n(mix.subjects), value: pct(mix.modernShare), goal: goalPart });
  const columns: Column<Row>[] = [
    { key: 'label', label: m.mix.subjectType, cell: (r) => r.label },
    countColumn('subjects', m.mix.subjects, n),
    countColumn('modern', m.mix.modern, n),
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
      table={{ columns, rows, rowKey: (r) => r.key, fileName: `ocop-${year}-modern-channels` }}
      testId="ocop-modern-channels"
      legend={[{ label: m.mix.modern, color: MODERN_COLOR }, ...(goalText ? [goalLegend(goalText)] : [])]}
    >
      <CategoryPlot data={rows} value={axis.shares} margin={MARGIN} width={150} dataKey="axisLabel">
        <Bar dataKey="share" minPointSize={zeroSliver} name={m.mix.modern} fill={MODERN_COLOR} isAnimationActive={false} shape={shape} />
        {target && goalText && <ReferenceLine x={target.value} {...GOAL_LINE_PROPS} label={goalLabel(goalText, 'top')} />}
      </CategoryPlot>
    </ChartFigure>
  );
}
