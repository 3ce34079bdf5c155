// Valid OCOP products at the end of the year in each of the six product groups (zeros included), stacked by stars.
import { useMemo } from 'react';
import type { DocumentIndex } from '../../domain/document-index';
import type { GroupStars } from '../../domain/ocop/mix';
import { summariseGroups } from '../../domain/ocop/group-summary';
import { ChartFigure } from '../chart-figure';
import { CategoryPlot } from '../charts/plots';
import type { Column } from '../data-table';
import { starColumns, starBars, starLegend, starShapes } from './star-stack';
import { useOcopText } from './use-ocop-text';

/** Room on the right for the totals written beside the bars. */
export const LYING_MARGIN = { top: 4, right: 28, bottom: 4, left: 4 };

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scope: string;
  readonly groups: readonly GroupStars[];
}

export function GroupChart({ index, year, scope, groups }: Props) {
  const { m, c, axis } = useOcopText(index);
  const n = axis.count;
  const shapes = useMemo(() => starShapes(axis.count, true), [axis]);
  const data = useMemo(() => groups.map((g) => ({ ...g, label: c.productGroup[g.group] })), [groups, c]);
  const { top, total, zero } = summariseGroups(groups);
  const summary = top
    ? m.mix.groupsSummary({
        year,
        scope,
        top: c.productGroup[top.group],
        n: n(top.total),
        total: n(total),
        zero: n(zero),
        groups: n(groups.length),
      })
    : m.mix.groupsSummaryNone({ year, scope });
  const columns: Column<GroupStars>[] = [
    { key: 'group', label: m.mix.group, cell: (r) => c.productGroup[r.group], raw: (r) => c.productGroup[r.group] },
    ...starColumns<GroupStars>(m, n),
  ];
  return (
    <ChartFigure
      title={m.mix.groupsTitle({ year })}
      summary={summary}
      table={{ columns, rows: groups, rowKey: (r) => r.group, fileName: `ocop-${year}-products-by-group` }}
      testId="ocop-groups"
      legend={starLegend(m)}
    >
      <CategoryPlot data={data} value={axis.counts} margin={LYING_MARGIN} width={150}>
        {starBars(m, shapes)}
      </CategoryPlot>
    </ChartFigure>
  );
}
