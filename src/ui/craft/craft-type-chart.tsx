// Recognised craft villages by craft: the 12 largest crafts and "other", traditional and not stacked.
import { useMemo } from 'react';
import { craftCount, splitByTradition, type CraftSplitRow } from '../../domain/craft/tradition-split';
import { villagesByCraft } from '../../domain/craft/by-craft';
import type { DocumentIndex } from '../../domain/document-index';
import { ACCENT_COLORS } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import { seriesBars, seriesLegend } from '../charts/series';
import { CategoryPlot } from '../charts/plots';
import { countColumn } from '../charts/columns';
import type { Column } from '../data-table';
import { useCraftText } from './use-craft-text';

interface Props {
  readonly index: DocumentIndex;
  readonly regionIds: readonly string[];
  readonly year: number;
}

const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };
const BARS = [
  { key: 'traditional', color: ACCENT_COLORS[3] },
  { key: 'nonTraditional', color: ACCENT_COLORS[0] },
] as const;

type BarRow = CraftSplitRow & { readonly label: string };

export function CraftTypeChart({ index, regionIds, year }: Props) {
  const { m, f, axis } = useCraftText(index);
  const rows = useMemo(() => villagesByCraft(index, regionIds, f.compare), [index, regionIds, f]);
  const data = useMemo<BarRow[]>(
    () => splitByTradition(rows).map((r) => ({ ...r, label: r.craft ?? m.byCraft.otherCrafts({ count: r.crafts }) })),
    [rows, m],
  );
  const n = axis.count;
  const top = data[0];
  const summary = top
    ? m.byCraft.summary({ crafts: n(craftCount(rows)), top: top.label, topValue: n(top.recognised), topTraditional: n(top.traditional) })
    : m.byCraft.empty;
  const columns: Column<BarRow>[] = [
    { key: 'craft', label: m.byCraft.craft, cell: (r) => r.label },
    countColumn('recognised', m.byCraft.recognised, n),
    countColumn('traditional', m.byCraft.traditional, n),
  ];

  const series = BARS.map((b) => ({ key: b.key, name: m.byCraft[b.key], color: b.color }));
  return (
    <ChartFigure
      title={m.byCraft.title}
      summary={summary}
      table={{ columns, rows: data, rowKey: (r) => r.label, fileName: `craft-villages-by-craft-${year}` }}
      height={90 + Math.max(data.length, 1) * 32}
      testId="craft-by-craft"
      legend={seriesLegend(series)}
    >
      <CategoryPlot data={data} value={axis.counts} margin={MARGIN} width={190}>
        {seriesBars(series, { stackId: 'craft' })}
      </CategoryPlot>
    </ChartFigure>
  );
}
