// Valid OCOP products at the end of the year in each of the six product groups (zeros included), stacked by stars.
import { useMemo } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DocumentIndex } from '../../domain/document-index';
import type { GroupStars } from '../../domain/ocop/mix';
import { GRID_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import { STAR_KEYS, StarLegend, starBars, starShapes } from './star-stack';
import { CATEGORY_TICK, VALUE_TICK } from './chart-parts';
import { ChartBox } from './chart-legend';
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
  let top: GroupStars | undefined;
  let total = 0;
  let zero = 0;
  for (const g of groups) {
    total += g.total;
    if (g.total === 0) zero++;
    if (g.total > 0 && (!top || g.total > top.total)) top = g;
  }
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
    ...STAR_KEYS.map(({ key, stars }) => ({
      key,
      label: m.stars({ n: stars }),
      numeric: true,
      cell: (r: GroupStars) => n(r[key]),
      raw: (r: GroupStars) => r[key],
    })),
    { key: 'total', label: m.column.total, numeric: true, cell: (r) => n(r.total), raw: (r) => r.total },
  ];
  return (
    <ChartFigure
      title={m.mix.groupsTitle({ year })}
      summary={summary}
      columns={columns}
      rows={groups}
      rowKey={(r) => r.group}
      fileName={`ocop-${year}-products-by-group`}
      testId="ocop-groups"
    >
      <ChartBox legend={<StarLegend m={m} />}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={LYING_MARGIN}>
            <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
            <XAxis type="number" interval={0} allowDecimals={false} tickFormatter={axis.count} tick={VALUE_TICK} />
            <YAxis type="category" dataKey="label" width={150} interval={0} tick={CATEGORY_TICK} />
            <Tooltip formatter={axis.tipCount} />
            {starBars(m, shapes)}
          </BarChart>
        </ResponsiveContainer>
      </ChartBox>
    </ChartFigure>
  );
}
