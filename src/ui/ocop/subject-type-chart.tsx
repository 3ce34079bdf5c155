// OCOP subjects (with a valid product at the end of the year) by type, split by whether they sell through modern channels.
import { useMemo } from 'react';
import type { DocumentIndex } from '../../domain/document-index';
import type { OcopMix, SubjectTypeRow } from '../../domain/ocop/mix';
import { ChartFigure } from '../chart-figure';
import { seriesBars, seriesLegend } from '../charts/series';
import { labelledBar, stackTotal } from '../charts/marks';
import { CategoryPlot } from '../charts/plots';
import { countColumn } from '../charts/columns';
import type { Column } from '../data-table';
import { LYING_MARGIN } from './group-chart';
import { useOcopText } from './use-ocop-text';

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scope: string;
  readonly mix: OcopMix;
}

/** Modern channels dark, the rest light: told apart by lightness and by the legend's words. */
export const MODERN_COLOR = '#1f5f99';
/** 3.4:1 against white, and much lighter than MODERN_COLOR. */
const NOT_MODERN_COLOR = '#858d99';
const SEGMENTS = ['modern', 'notModern'] as const;
const COLOR = { modern: MODERN_COLOR, notModern: NOT_MODERN_COLOR };

export function SubjectTypeChart({ index, year, scope, mix }: Props) {
  const { m, c, axis } = useOcopText(index);
  const n = axis.count;
  const shapes = useMemo(
    () => ({
      modern: labelledBar(stackTotal(SEGMENTS, 'modern', 'subjects', axis.count), true),
      notModern: labelledBar(stackTotal(SEGMENTS, 'notModern', 'subjects', axis.count), true),
    }),
    [axis],
  );
  const data = useMemo(() => mix.subjectTypes.map((t) => ({ ...t, label: c.subjectType[t.type] })), [mix, c]);
  const summary =
    mix.subjects === 0
      ? m.mix.subjectsSummaryNone({ year, scope })
      : m.mix.subjectsSummary({
          year,
          scope,
          total: n(mix.subjects),
          parts: mix.subjectTypes.map((t) => m.mix.subjectCount[t.type]({ n: n(t.subjects), count: t.subjects })).join(', '),
        });
  const columns: Column<SubjectTypeRow>[] = [
    { key: 'type', label: m.mix.subjectType, cell: (r) => c.subjectType[r.type] },
    countColumn('subjects', m.mix.subjects, n),
    countColumn('modern', m.mix.modern, n),
    countColumn('notModern', m.mix.notModern, n),
  ];
  const series = SEGMENTS.map((key) => ({ key, name: m.mix[key], color: COLOR[key] }));
  return (
    <ChartFigure
      title={m.mix.subjectsTitle({ year })}
      summary={summary}
      table={{ columns, rows: mix.subjectTypes, rowKey: (r) => r.type, fileName: `ocop-${year}-subjects-by-type` }}
      testId="ocop-subjects"
      legend={seriesLegend(series)}
    >
      <CategoryPlot data={data} value={axis.counts} margin={LYING_MARGIN} width={140}>
        {seriesBars(series, { stackId: 'subjects' }, shapes)}
      </CategoryPlot>
    </ChartFigure>
  );
}
